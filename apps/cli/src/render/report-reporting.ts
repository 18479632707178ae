import { fxText, type ReportingCurrency } from "@repo/core";
import type { Report } from "./report";

/**
 * A multi-scenario report (compare, diff, portfolio) shown in the reporting currency (issue 21): table and
 * Markdown money cells are converted by core at the one rate (`Report.reporting`) and the rate is stated under
 * the title. The CSV and JSON are core's, already in the reporting currency (`reportingCsv`, `reportDocument`).
 * USD reports are returned unchanged.
 * @example inReportingCurrency(report, jpyAt150).subtitle?.at(-1) //=> "amounts in JPY at ¥150 per US$ (…); AWS rates stay in USD"
 */
export function inReportingCurrency(report: Report, reporting: ReportingCurrency, scenarios = 1): Report {
  if (reporting.currency === "USD") return report;
  return {
    ...report,
    reporting,
    subtitle: [
      ...(report.subtitle ?? []),
      `amounts in ${reporting.currency} at ${fxText(reporting.fx)}${scenarios > 1 ? ", one rate for every scenario" : ""}; AWS rates stay in USD`,
    ],
  };
}
