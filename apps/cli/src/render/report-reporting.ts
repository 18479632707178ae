import {
  currencyJson,
  fxText,
  parseDecimal,
  toDecimalString,
  toReportingAmount,
  withReportingTwins,
  type ReportingCurrency,
} from "@repo/core";
import type { Cell, Report } from "./report";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A CSV cell's exact amount in the reporting currency ("" for no value; a money string converts too). */
function converted(cell: Cell | undefined, reporting: ReportingCurrency): string {
  if (cell === undefined) return "";
  if (typeof cell === "string") return DECIMAL.test(cell) ? toDecimalString(toReportingAmount(parseDecimal(cell), reporting)) : "";
  if ("quantity" in cell || cell.usd === null) return "";
  return toDecimalString(toReportingAmount(cell.usd, reporting));
}

/**
 * A multi-scenario report (compare, diff, portfolio) stated in the reporting currency (issue 21): table and
 * Markdown money cells are converted by core at the one rate (`Report.reporting`), the rate is stated under
 * the title, the CSV gains an exact `xJpy` column after the columns for every `xUsd` one (plus `jpyPerUsd`,
 * `fxAsOf`), and the JSON an exact `xJpy` twin of every `xUsd` amount (core's `withReportingTwins`) and the
 * `reporting` block. USD reports only gain the `reporting` block.
 * @example inReportingCurrency(report, jpyAt150).csv.columns.at(-1)?.header //=> "fxAsOf"
 */
export function inReportingCurrency(report: Report, reporting: ReportingCurrency, scenarios = 1): Report {
  const json = report.json && typeof report.json === "object" ? (report.json as Record<string, unknown>) : {};
  const { kind, ...rest } = json;
  const withBlock = {
    ...(kind === undefined ? {} : { kind }),
    reporting: currencyJson(reporting),
    ...withReportingTwins(rest, reporting),
  };
  if (reporting.currency === "USD") return { ...report, json: withBlock };
  const usdColumns = report.csv.columns.flatMap((column, i) => (column.header.endsWith("Usd") ? [i] : []));
  return {
    ...report,
    reporting,
    subtitle: [
      ...(report.subtitle ?? []),
      `amounts in ${reporting.currency} at ${fxText(reporting.fx)}${scenarios > 1 ? ", one rate for every scenario" : ""}; AWS rates stay in USD`,
    ],
    json: withBlock,
    csv: {
      ...report.csv,
      columns: [
        ...report.csv.columns,
        ...usdColumns.map((i) => ({ header: `${report.csv.columns[i]?.header.slice(0, -3)}Jpy` })),
        { header: "jpyPerUsd" },
        { header: "fxAsOf" },
      ],
      rows: report.csv.rows.map((row) => [
        ...row,
        ...usdColumns.map((i) => converted(row[i], reporting)),
        toDecimalString(reporting.fx.jpyPerUsd),
        reporting.fx.asOf,
      ]),
    },
  };
}
