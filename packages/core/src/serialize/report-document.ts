import { toReportingAmount } from "../currency/convert";
import type { ReportingCurrency } from "../currency/currency";
import { currencyJson, withReportingTwins } from "../currency/report-json";
import { parseDecimal, toDecimalString } from "../money/decimal";
import type { CsvTable } from "./comparison-csv";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A multi-scenario JSON document (compare, diff, portfolio) stated in its reporting currency: `kind` first,
 * then the `reporting` block (core's `currencyJson`), then the body — in JPY with an exact `xJpy` twin of every
 * `xUsd` amount (`withReportingTwins`). USD documents only gain the block.
 * @example reportDocument({ kind: "compare", a: { monthlyUsd: "1" } }, jpyAt150) //=> { kind: "compare", reporting: {…}, a: { monthlyUsd: "1", monthlyJpy: "150" } }
 */
export function reportDocument<T extends { kind?: string }>(json: T, reporting: ReportingCurrency) {
  const { kind, ...rest } = json;
  return {
    ...(kind === undefined ? {} : { kind }),
    reporting: currencyJson(reporting),
    ...withReportingTwins(rest, reporting),
  };
}

/** An exact decimal cell in the reporting currency; a cell that holds no amount ("", "true", an id) is "". */
function convertedCell(cell: string | undefined, reporting: ReportingCurrency): string {
  if (cell === undefined || !DECIMAL.test(cell)) return "";
  return toDecimalString(toReportingAmount(parseDecimal(cell), reporting));
}

/**
 * A core CSV table stated in the reporting currency: in JPY, after the existing columns, one exact `xJpy` column
 * for every `xUsd` one (same order) plus `jpyPerUsd` and `fxAsOf` on every row. USD tables are returned unchanged.
 * @example reportingCsv({ columns: ["pattern", "monthlyUsd"], rows: [["ecs-fargate", "36.0401"]] }, jpyAt150)
 * //=> { columns: ["pattern", "monthlyUsd", "monthlyJpy", "jpyPerUsd", "fxAsOf"], rows: [["ecs-fargate", "36.0401", "5406.015", "150", "…"]] }
 */
export function reportingCsv(table: CsvTable, reporting: ReportingCurrency): CsvTable {
  if (reporting.currency === "USD") return table;
  const usdColumns = table.columns.flatMap((header, i) => (header.endsWith("Usd") ? [i] : []));
  return {
    columns: [...table.columns, ...usdColumns.map((i) => `${table.columns[i]?.slice(0, -3)}Jpy`), "jpyPerUsd", "fxAsOf"],
    rows: table.rows.map((row) => [
      ...row,
      ...usdColumns.map((i) => convertedCell(row[i], reporting)),
      toDecimalString(reporting.fx.jpyPerUsd),
      reporting.fx.asOf,
    ]),
  };
}
