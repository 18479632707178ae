import { describe, expect, it } from "vitest";
import type { ReportingCurrency } from "../currency/currency";
import { diffWhy } from "../model/diff-why";
import { modelBills } from "../model/model-bills";
import { diffResults } from "../model/result-diff";
import { Decimal } from "../money/decimal";
import { portfolioJson } from "../portfolio/portfolio-json";
import { estimatePortfolio } from "../portfolio/estimate-portfolio";
import { embeddedPriceBook } from "../snapshot/embedded";
import { compareCsv } from "./compare-csv";
import { compareJson } from "./compare-json";
import { diffCsv } from "./diff-csv";
import { diffJson } from "./diff-json";
import { reportingCsv } from "./report-document";

// Fargate Linux/x86 in us-east-1 (embedded snapshot): $0.04048 per vCPU-hour, $0.004445 per GB-hour.
// web = 0.5 vCPU / 1 GiB tasks: 2 tasks = 730 vCPU-h × 0.04048 + 1460 GB-h × 0.004445 = 29.5504 + 6.4897 = $36.0401.
const book = embeddedPriceBook();
const web = (taskCount: number) => ({
  name: `web ×${taskCount}`,
  region: "us-east-1",
  services: [{ name: "web", taskCount, vcpu: 0.5, memoryGib: 1 }],
});
const bills = (input: unknown) => modelBills(input, book).comparison;
const usd: ReportingCurrency = { currency: "USD", fx: { jpyPerUsd: new Decimal(150), asOf: "2026-01-05", source: "test", userSet: true } };
const jpy150: ReportingCurrency = { ...usd, currency: "JPY" };
const twoTasks = bills(web(2));
const fourTasks = bills(web(4));
const items = [
  { label: "two", file: "two.yaml", comparison: twoTasks },
  { label: "four", file: "four.yaml", comparison: fourTasks },
];

describe("compareJson (core builds the compare document; the CLI only serialises it)", () => {
  it("states the reporting block after kind, and the Δ against the first scenario (2 → 4 tasks doubles $36.0401)", () => {
    const doc = compareJson(items, usd);
    expect(Object.keys(doc)).toEqual(["kind", "reporting", "priceSnapshot", "scenarios"]);
    const fargate = doc.scenarios[1]?.patterns[0];
    expect([fargate?.id, fargate?.monthlyUsd, fargate?.deltaMonthlyUsd, fargate?.deltaYearlyUsd]).toEqual([
      "ecs-fargate",
      "72.0802",
      "36.0401",
      "432.4812", // 36.0401 × 12
    ]);
  });

  it("in JPY every amount gains its exact yen twin at the one rate (36.0401 × 150 = 5406.015)", () => {
    const fargate = compareJson(items, jpy150).scenarios[1]?.patterns[0] as Record<string, unknown>;
    expect([fargate.deltaMonthlyUsd, fargate.deltaMonthlyJpy]).toEqual(["36.0401", "5406.015"]);
  });
});

describe("diffJson and diffWhy (the diff document and its 'why', from core's diffResults)", () => {
  it("says why web 2 → 4 tasks moved: all quantity, vCPU line first (+$29.55 > +$6.49)", () => {
    const diff = diffResults(twoTasks, fourTasks);
    const doc = diffJson(
      diff,
      { base: { file: "two.yaml", comparison: twoTasks }, proposed: { file: "four.yaml", comparison: fourTasks } },
      usd,
    );
    expect(Object.keys(doc).slice(0, 4)).toEqual(["kind", "reporting", "base", "proposed"]);
    expect(doc.patterns[0]?.deltaMonthlyUsd).toBe("36.0401");
    expect(doc.patterns[0]?.why).toEqual([
      "by cause: quantity changes +$36.04 a month",
      "+$29.55/month web: Fargate vCPU (Linux/x86): quantity 730 → 1460 vCPU-hour",
      "+$6.49/month web: Fargate memory (Linux/x86): quantity 1460 → 2920 GB-hour",
    ]);
  });

  it("words the amounts in the reporting currency (+$36.0401 at ¥150 = +¥5,406)", () => {
    const diff = diffResults(twoTasks, fourTasks).patterns[0];
    expect(diff && diffWhy(diff, jpy150)[0]).toBe("by cause: quantity changes +¥5,406 a month");
  });

  it("ranks the three largest changed lines by |Δ| in core (largestLines), dropping the fourth and fifth", () => {
    // base web 2 × (0.5 vCPU, 1 GiB) + api 1 × (1 vCPU, 2 GiB); proposed web at 4 GiB, api × 3 and a new worker.
    // ECS on Fargate deltas: api vCPU 2 tasks × 730 h × 0.04048 = 59.1008; web memory 2 × 3 GiB × 730 × 0.004445 = 19.4691;
    // api memory 2 × 2 GiB × 730 × 0.004445 = 12.9794; worker (added) vCPU 0.25 × 730 × 0.04048 = 7.3876, memory 1.622425.
    const base = bills({
      region: "us-east-1",
      services: [
        { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 },
        { name: "api", taskCount: 1, vcpu: 1, memoryGib: 2 },
      ],
    });
    const proposed = bills({
      region: "us-east-1",
      services: [
        { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 4 },
        { name: "api", taskCount: 3, vcpu: 1, memoryGib: 2 },
        { name: "worker", taskCount: 1, vcpu: 0.25, memoryGib: 0.5 },
      ],
    });
    const fargate = diffResults(base, proposed).patterns[0];
    expect(fargate?.largestLines.map((l) => [l.id, l.deltaMonthlyUsd.toFixed()])).toEqual([
      ["svc:api:ecs-fargate-vcpu", "59.1008"],
      ["svc:web:ecs-fargate-memory", "19.4691"],
      ["svc:api:ecs-fargate-memory", "12.9794"],
    ]);
  });
});

describe("reportingCsv (core states the compare / diff / portfolio CSVs in the reporting currency)", () => {
  it("appends an exact yen column per USD column, then the rate and its date; non-amounts stay empty", () => {
    const table = compareCsv(items, jpy150);
    expect(table.columns.slice(-6)).toEqual(["monthlyJpy", "yearlyJpy", "threeYearJpy", "deltaMonthlyJpy", "jpyPerUsd", "fxAsOf"]);
    const four = table.rows.find((r) => r[0] === "four" && r[4] === "ecs-fargate");
    // 72.0802 × 150 = 10812.03; 36.0401 × 150 = 5406.015
    expect([four?.at(-6), four?.at(-3), four?.at(-2), four?.at(-1)]).toEqual(["10812.03", "5406.015", "150", "2026-01-05"]);
  });

  it("leaves a USD table as it is (the same CSV bytes as before the currency existed)", () => {
    const table = diffCsv(diffResults(twoTasks, fourTasks));
    expect(diffCsv(diffResults(twoTasks, fourTasks), usd)).toEqual(table);
    expect(reportingCsv({ columns: ["x", "aUsd"], rows: [["true", ""]] }, jpy150).rows).toEqual([["true", "", "", "150", "2026-01-05"]]);
  });

  it("states the portfolio JSON in yen too (web alone: $36.0401 → ¥5406.015)", () => {
    const doc = portfolioJson(estimatePortfolio(web(2), book), jpy150);
    expect(doc.reporting.currency).toBe("JPY");
    expect(doc.patterns[0]?.services[0]).toMatchObject({ name: "web", monthlyUsd: "36.0401", monthlyJpy: "5406.015" });
  });
});

describe("CostLine.yearlyUsd (the line's yearly figure is the model's, faces never multiply)", () => {
  it("is monthly × 12 exactly: web's 730 vCPU-hours × $0.04048 = $29.5504 a month, $354.6048 a year", () => {
    const vcpu = twoTasks.patterns[0]?.lines.find((l) => l.id === "svc:web:ecs-fargate-vcpu");
    expect([vcpu?.monthlyUsd.toFixed(), vcpu?.yearlyUsd.toFixed()]).toEqual(["29.5504", "354.6048"]);
  });
});
