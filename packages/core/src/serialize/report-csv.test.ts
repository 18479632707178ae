import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { modelBills } from "../model/model-bills";
import { diffResults } from "../model/result-diff";
import { estimatePortfolio } from "../portfolio/estimate-portfolio";
import { embeddedPriceBook } from "../snapshot/embedded";
import { COMPARE_CSV_COLUMNS, compareCsv } from "./compare-csv";
import { DIFF_CSV_COLUMNS, diffCsv } from "./diff-csv";
import { PORTFOLIO_CSV_COLUMNS, portfolioCsv } from "./portfolio-csv";

const book = embeddedPriceBook();
const web = (taskCount: number, extra: Record<string, unknown> = {}) => ({
  name: `web ×${taskCount}`,
  region: "us-east-1",
  services: [{ name: "web", taskCount, vcpu: 0.5, memoryGib: 1, tags: { team: "shop" } }],
  ...extra,
});
const two = modelBills(web(2), book).comparison;
const four = modelBills(web(4), book).comparison;
const cell = <C extends readonly string[]>(columns: C, row: readonly string[] | undefined, name: C[number]) => row?.[columns.indexOf(name)];

describe("the compare, diff and portfolio CSVs are built in core (issue 12: one schema per export, faces only escape)", () => {
  it("compare: one row per scenario × pattern; Δ against the first scenario (ECS on Fargate 2 → 4 tasks doubles $36.0401)", () => {
    const table = compareCsv([
      { label: "two", file: "two.yaml", comparison: two },
      { label: "four", file: "four.yaml", comparison: four },
    ]);
    expect(table.columns).toEqual([...COMPARE_CSV_COLUMNS]);
    expect(table.rows).toHaveLength(2 * two.patterns.length);
    const row = table.rows.find((r) => r[0] === "four" && r[4] === "ecs-fargate");
    // 2 tasks × 730 h × (0.5 × $0.04048 + 1 GB × $0.004445) = $36.0401 (aws.amazon.com/fargate/pricing, us-east-1); 4 tasks: + the same again
    expect(cell(COMPARE_CSV_COLUMNS, row, "monthlyUsd")).toBe("72.0802");
    expect(cell(COMPARE_CSV_COLUMNS, row, "deltaMonthlyUsd")).toBe("36.0401");
    for (const r of table.rows.filter((x) => x[0] === "two"))
      expect(cell(COMPARE_CSV_COLUMNS, r, "deltaMonthlyUsd"), r[4]).toMatch(/^(0|)$/);
  });

  it("compare: a ruled-out pattern has empty totals and Δ, never a figure (privileged → both Fargate patterns)", () => {
    const privileged = modelBills(web(2, { ops: { workload: { privileged: true } } }), book).comparison;
    const table = compareCsv([
      { label: "two", file: "two.yaml", comparison: two },
      { label: "privileged", file: "p.yaml", comparison: privileged },
    ]);
    const row = table.rows.find((r) => r[0] === "privileged" && r[4] === "ecs-fargate");
    expect(cell(COMPARE_CSV_COLUMNS, row, "status")).toBe("ruled-out");
    expect(cell(COMPARE_CSV_COLUMNS, row, "monthlyUsd")).toBe("");
    expect(cell(COMPARE_CSV_COLUMNS, row, "deltaMonthlyUsd")).toBe("");
  });

  it("diff: every row's Δ = proposed − base = quantity effect + rate effect (exact), per line matched by id", () => {
    const table = diffCsv(diffResults(two, four));
    expect(table.columns).toEqual([...DIFF_CSV_COLUMNS]);
    expect(table.rows.length).toBeGreaterThan(0);
    const amount = (row: readonly string[], name: (typeof DIFF_CSV_COLUMNS)[number]) =>
      new Decimal(cell(DIFF_CSV_COLUMNS, row, name) || "0");
    for (const row of table.rows) {
      const delta = amount(row, "deltaMonthlyUsd");
      expect(delta.eq(amount(row, "proposedMonthlyUsd").minus(amount(row, "baseMonthlyUsd"))), row[1]).toBe(true);
      expect(delta.eq(amount(row, "quantityEffectUsd").plus(amount(row, "rateEffectUsd"))), row[1]).toBe(true);
    }
    const vcpu = table.rows.find((r) => r[0] === "ecs-fargate" && r[1] === "svc:web:ecs-fargate-vcpu");
    // 730 → 1460 vCPU-hours at $0.04048: quantity effect 730 × 0.04048 = $29.5504, no rate effect
    expect(vcpu && [cell(DIFF_CSV_COLUMNS, vcpu, "change"), cell(DIFF_CSV_COLUMNS, vcpu, "quantityEffectUsd")]).toEqual([
      "changed",
      "29.5504",
    ]);
  });

  it("portfolio: one row per pattern × service; own + shared = monthly, yearly = × 12; tags as key=value", () => {
    const portfolio = estimatePortfolio(web(2, { extras: { natGateways: { count: 1 } } }), book);
    const table = portfolioCsv(portfolio);
    expect(table.columns).toEqual([...PORTFOLIO_CSV_COLUMNS]);
    for (const row of table.rows) {
      const [direct, shared, monthly, yearly] = ["directUsd", "sharedUsd", "monthlyUsd", "yearlyUsd"].map(
        (name) => new Decimal(cell(PORTFOLIO_CSV_COLUMNS, row, name as (typeof PORTFOLIO_CSV_COLUMNS)[number]) ?? "NaN"),
      ) as [Decimal, Decimal, Decimal, Decimal];
      expect(direct.plus(shared).eq(monthly), row[0]).toBe(true);
      expect(monthly.times(12).eq(yearly), row[0]).toBe(true);
      expect(cell(PORTFOLIO_CSV_COLUMNS, row, "tags")).toBe("team=shop");
    }
    const fargate = table.rows.find((r) => r[0] === "ecs-fargate");
    expect(cell(PORTFOLIO_CSV_COLUMNS, fargate, "directUsd")).toBe("36.0401");
  });
});
