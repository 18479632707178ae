import {
  compareCsv,
  compareJson,
  PATTERN_IDS,
  PATTERN_LABELS,
  cheapestPricedPattern,
  totalDelta,
  type LabelledComparison,
  type Decimal,
  type PatternEstimate,
  type ReportingCurrency,
  type TotalDelta,
} from "@repo/core";
import { statusText } from "../render/comparison-report";
import { notEstimatedText } from "../render/not-estimated";
import { coreCsv, usd, type Cell, type Report, type ReportTable } from "../render/report";

export type { LabelledComparison };

/** A period's total and delta, read from core's result (core does the × 12 and × 36). */
type Period = {
  title: string;
  total: (pattern: PatternEstimate | undefined) => Decimal | null;
  delta: (delta: TotalDelta) => Decimal | null;
};
const PERIODS: Period[] = [
  { title: "Monthly", total: (p) => p?.monthlyUsd ?? null, delta: (d) => d.deltaMonthlyUsd },
  { title: "Yearly (× 12)", total: (p) => p?.yearlyUsd ?? null, delta: (d) => d.deltaYearlyUsd },
  { title: "3-year (× 36)", total: (p) => p?.threeYearUsd ?? null, delta: (d) => d.deltaThreeYearUsd },
];

function periodTable(items: readonly LabelledComparison[], period: Period): ReportTable {
  const columns = [
    { header: "Pattern" },
    ...items.flatMap((item, i) => [
      { header: item.label, align: "right" as const },
      ...(i > 0 ? [{ header: `Δ vs ${items[0]?.label ?? ""}`, align: "right" as const }] : []),
    ]),
  ];
  const rows = PATTERN_IDS.map((id) => {
    const pattern = (item: LabelledComparison | undefined) => item?.comparison.patterns.find((p) => p.id === id);
    const base = pattern(items[0]);
    const cells: Cell[] = [PATTERN_LABELS[id]];
    items.forEach((item, i) => {
      const mine = pattern(item);
      cells.push(usd(period.total(mine), false, mine?.lowerBound));
      if (i > 0) {
        const delta = totalDelta(base, mine);
        cells.push(usd(period.delta(delta), true, delta.lowerBound));
      }
    });
    return cells;
  });
  return { title: period.title, columns, rows };
}

/** What each scenario's bill leaves out (core's USAGE_NOT_ESTIMATED), one sentence per scenario that has gaps. */
function notEstimatedNotes(items: readonly LabelledComparison[]): string[] {
  return items.flatMap(({ label, comparison }) => notEstimatedText(comparison.notEstimated).map((text) => `${label}: ${text}`));
}

/** `compare`: the four patterns × each scenario, monthly / yearly / 3-year, deltas against the first. */
export function compareReport(items: readonly LabelledComparison[], reporting: ReportingCurrency): Report {
  const first = items[0]?.comparison;
  const cheapest: ReportTable = {
    title: "Cheapest fully priced pattern",
    columns: [{ header: "Scenario" }, { header: "Pattern" }, { header: "Monthly", align: "right" }, { header: "Statuses" }],
    rows: items.map(({ label, comparison }) => {
      const best = cheapestPricedPattern(comparison);
      return [
        label,
        best?.label ?? "none",
        usd(best?.monthlyUsd ?? null),
        comparison.patterns.map((p) => `${p.id}: ${statusText(p)}`).join("; "),
      ];
    }),
  };
  return {
    title: `Compare: ${items.map((i) => i.label).join(" vs ")}`,
    subtitle: [`prices: ${first?.priceBook.id ?? ""} (as of ${first?.priceBook.asOf ?? ""}); Δ = scenario − ${items[0]?.label ?? ""}`],
    sections: [...PERIODS.map((period) => periodTable(items, period)), { ...cheapest, notes: notEstimatedNotes(items) }],
    csv: coreCsv(compareCsv(items, reporting)),
    json: compareJson(items, reporting),
  };
}
