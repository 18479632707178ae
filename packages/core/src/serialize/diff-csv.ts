import type { ReportingCurrency } from "../currency/currency";
import { toDecimalString, type Decimal } from "../money/decimal";
import type { ResultDiff } from "../model/result-diff";
import type { CsvTable } from "./comparison-csv";
import { reportingCsv } from "./report-document";

export const DIFF_CSV_COLUMNS = [
  "pattern",
  "lineId",
  "line",
  "category",
  "service",
  "change",
  "baseMonthlyUsd",
  "proposedMonthlyUsd",
  "deltaMonthlyUsd",
  "deltaYearlyUsd",
  "quantityEffectUsd",
  "rateEffectUsd",
  "baseQuantity",
  "proposedQuantity",
  "unit",
  "baseRateUsd",
  "proposedRateUsd",
] as const;

const exact = (value: Decimal | null | undefined): string => (value == null ? "" : toDecimalString(value));

/**
 * The diff CSV (`costcalc diff --format csv`): one row per pattern × cost line matched by id, with the line's
 * change (added / removed / changed / unchanged), both monthly amounts, the Δ and its exact split into a
 * quantity effect (q₁−q₀)·r₀ and a rate effect q₁·(r₁−r₀) — all from `diffResults`, exact and unrounded. With a
 * JPY `reporting`, the `xJpy` twin columns, `jpyPerUsd` and `fxAsOf` follow (`reportingCsv`).
 * @example diffCsv(diffResults(base.comparison, proposed.comparison)).rows[0] // web 2 → 4 tasks (tests/golden/diff-scale-up)
 * //=> ["ecs-fargate", "svc:web:ecs-fargate-vcpu", "web: Fargate vCPU (Linux/x86)", "compute", "web", "changed", "29.5504", "59.1008",
 * //    "29.5504", "354.6048", "29.5504", "0", "730", "1460", "vCPU-hour", "0.04048", "0.04048"]
 */
export function diffCsv(diff: ResultDiff, reporting?: ReportingCurrency): CsvTable {
  const rows = diff.patterns.flatMap(({ id, lines }) =>
    lines.map((l) => [
      id,
      l.id,
      l.name,
      l.category,
      l.service ?? "",
      l.change,
      exact(l.base?.monthlyUsd),
      exact(l.proposed?.monthlyUsd),
      exact(l.deltaMonthlyUsd),
      exact(l.deltaYearlyUsd),
      exact(l.quantityEffectUsd),
      exact(l.rateEffectUsd),
      exact(l.base?.quantity),
      exact(l.proposed?.quantity),
      (l.proposed ?? l.base)?.unit ?? "",
      l.base?.rateUsd.toFixed() ?? "",
      l.proposed?.rateUsd.toFixed() ?? "",
    ]),
  );
  const table = { columns: [...DIFF_CSV_COLUMNS], rows };
  return reporting ? reportingCsv(table, reporting) : table;
}
