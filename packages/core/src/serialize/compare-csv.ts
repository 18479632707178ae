import type { ReportingCurrency } from "../currency/currency";
import type { Comparison } from "../compare/estimate-scenario";
import { toDecimalString, type Decimal } from "../money/decimal";
import { totalDelta } from "../model/total-delta";
import type { CsvTable } from "./comparison-csv";
import { reportingCsv } from "./report-document";

/** One scenario of a comparison: its label (e.g. the file's base name), its file and its bills (constraints applied). */
export type LabelledComparison = { label: string; file: string; comparison: Comparison };

export const COMPARE_CSV_COLUMNS = [
  "label",
  "file",
  "scenario",
  "region",
  "pattern",
  "status",
  "lowerBound",
  "monthlyUsd",
  "yearlyUsd",
  "threeYearUsd",
  "deltaMonthlyUsd",
  "deltaLowerBound",
] as const;

const exact = (value: Decimal | null): string => (value === null ? "" : toDecimalString(value));

/**
 * The compare CSV (`costcalc compare --format csv`): one row per scenario × pattern with its status, exact
 * totals (empty when ruled out) and the monthly Δ against the first scenario's same pattern (`totalDelta`:
 * empty when either side has no total; `deltaLowerBound` "true" when either side is a lower bound). With a JPY
 * `reporting`, the `xJpy` twin columns, `jpyPerUsd` and `fxAsOf` follow (`reportingCsv`).
 * @example compareCsv([{ label: "web on x86", file: "x86.yaml", comparison: x86 }, { label: "web on arm", file: "arm.yaml", comparison: arm }]).rows[0]
 * //=> ["web on x86", "x86.yaml", "web on x86", "us-east-1", "ecs-fargate", "priced", "false", "36.0401", "432.4812", "1297.4436", "0", "false"]
 * (tests/golden/compare-x86-vs-arm/expected.csv)
 */
export function compareCsv(items: readonly LabelledComparison[], reporting?: ReportingCurrency): CsvTable {
  const first = items[0]?.comparison;
  const rows = items.flatMap(({ label, file, comparison }) =>
    comparison.patterns.map((p) => {
      const delta = totalDelta(
        first?.patterns.find((b) => b.id === p.id),
        p,
      );
      return [
        label,
        file,
        comparison.scenario.name,
        comparison.region,
        p.id,
        p.status,
        String(p.lowerBound),
        exact(p.monthlyUsd),
        exact(p.yearlyUsd),
        exact(p.threeYearUsd),
        exact(delta.deltaMonthlyUsd),
        String(delta.lowerBound),
      ];
    }),
  );
  const table = { columns: [...COMPARE_CSV_COLUMNS], rows };
  return reporting ? reportingCsv(table, reporting) : table;
}
