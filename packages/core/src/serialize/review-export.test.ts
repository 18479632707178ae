import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { modelScenario } from "../model/model-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";
import { EXPORT_FORMAT, scenarioOfDocument, toExportJson } from "./export-json";
import { toModelJson } from "./model-json";
import { REVIEW_CSV_COLUMNS, REVIEW_CSV_JPY_COLUMNS, reviewCsv } from "./review-csv";

const book = embeddedPriceBook();
const INPUT = { name: "Plain", region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] };
const result = modelScenario(INPUT, book, { scale: false });
const table = reviewCsv(result);
const col = (name: (typeof REVIEW_CSV_COLUMNS)[number]) => REVIEW_CSV_COLUMNS.indexOf(name);
const rowsOf = (section: string, pattern?: string) =>
  table.rows.filter((r) => r[col("section")] === section && (pattern === undefined || r[col("pattern")] === pattern));

describe("reviewCsv: the budget-review CSV", () => {
  it("starts with the inputs block, defaults filled in, in the paths errors use", () => {
    expect(table.rows[0]?.slice(0, 8)).toEqual(["input", "", "", "", "name", "", "", "Plain"]);
    const inputs = Object.fromEntries(rowsOf("input").map((r) => [r[col("item")], r[col("value")]]));
    expect(inputs.region).toBe("us-east-1");
    expect(inputs["services[0].vcpu"]).toBe("0.5");
    expect(inputs["services[0].taskCount"]).toBe("2");
    // a default the user never typed is still written out (the schema's Linux default)
    expect(inputs["services[0].os"]).toBe("linux");
    expect(inputs.priceSnapshot).toBe(book.id);
  });

  it("gives the AWS bill monthly, ×12 and ×36: ECS Fargate 2 tasks × 730 h × (0.5 × $0.04048 + 1 × $0.004445) = $36.0401", () => {
    // us-east-1 Fargate Linux/x86 rates (aws.amazon.com/fargate/pricing): $0.04048 per vCPU-hour, $0.004445 per GB-hour
    const [total] = rowsOf("aws-total", "ecs-fargate");
    expect(total?.[col("monthlyUsd")]).toBe("36.0401");
    expect(total?.[col("yearlyUsd")]).toBe("432.4812");
    expect(total?.[col("threeYearUsd")]).toBe("1297.4436");
  });

  it("has totals that are the sums of their line rows, and TCO = AWS bill + ops at each band", () => {
    for (const p of result.patterns.filter((x) => x.bill.monthlyUsd !== null)) {
      const id = p.descriptor.id;
      const lineSum = rowsOf("line", id).reduce((sum, r) => sum.plus(r[col("monthlyUsd")] ?? "0"), new Decimal(0));
      const aws = new Decimal(rowsOf("aws-total", id)[0]?.[col("monthlyUsd")] ?? "NaN");
      expect(lineSum.equals(aws), `${id}: lines add up to the total`).toBe(true);
      const ops = rowsOf("ops", id);
      const tco = rowsOf("tco", id);
      expect(ops.map((r) => r[col("value")])).toEqual(["low", "typical", "high"]);
      tco.forEach((row, i) => {
        const expected = aws.plus(ops[i]?.[col("monthlyUsd")] ?? "NaN");
        expect(new Decimal(row[col("monthlyUsd")] ?? "NaN").equals(expected), `${id} ${row[col("value")]}`).toBe(true);
      });
    }
  });

  it("names the recommended pattern with its monthly TCO", () => {
    const [rec] = rowsOf("recommendation");
    expect(rec?.[col("pattern")]).toBe(result.recommendation.pattern);
    expect(rec?.[col("monthlyUsd")]).toBe(result.recommendation.monthlyUsd?.toFixed());
  });

  it("in a JPY report (issue 21) adds yen twins at the one stated rate: $36.0401 × ¥150 = ¥5,406.015; ×12 = ¥64,872.18", () => {
    const jpy = reviewCsv(modelScenario({ ...INPUT, reporting: { currency: "JPY", jpyPerUsd: 150 } }, book, { scale: false }));
    expect(jpy.columns).toEqual([...REVIEW_CSV_COLUMNS, ...REVIEW_CSV_JPY_COLUMNS]);
    const at = (name: string) => jpy.columns.indexOf(name);
    const total = jpy.rows.find((r) => r[at("section")] === "aws-total" && r[at("pattern")] === "ecs-fargate");
    expect(total?.[at("monthlyUsd")]).toBe("36.0401"); // the USD columns stay
    expect(total?.[at("monthlyJpy")]).toBe("5406.015");
    expect(total?.[at("yearlyJpy")]).toBe("64872.18");
    expect(total?.[at("jpyPerUsd")]).toBe("150");
    const line = jpy.rows.find((r) => r[at("section")] === "line" && r[at("rateUsd")] === "0.04048");
    expect(line?.[at("rateJpy")]).toBe("6.072"); // 0.04048 × 150
    expect(table.columns).toEqual([...REVIEW_CSV_COLUMNS]); // a USD report: unchanged
  });
});

describe("toExportJson / scenarioOfDocument: a JSON export is its own input", () => {
  it("re-prices to the same model JSON after a trip through JSON text", () => {
    const exported = JSON.parse(JSON.stringify(toExportJson(result))) as unknown;
    const again = modelScenario(scenarioOfDocument(exported), book, { scale: false });
    expect(toModelJson(again)).toEqual(toModelJson(result));
  });

  it("leaves a plain scenario (and a foreign format) unchanged for the schema to check", () => {
    expect(scenarioOfDocument(INPUT)).toBe(INPUT);
    const other = { format: "something-else/1", input: { region: "x" } };
    expect(scenarioOfDocument(other)).toBe(other);
    expect(scenarioOfDocument({ format: EXPORT_FORMAT, input: { region: "eu-west-1" } })).toEqual({ region: "eu-west-1" });
  });
});
