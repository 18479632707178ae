import { csvCell } from "@repo/core";
import { cellExact } from "./cell-text";
import type { Report } from "./report";

/** RFC 4180 field with formula neutralising (OWASP): core's `csvCell`. */
export const csvField = csvCell;

/**
 * The report's flat table as RFC 4180 CSV (CRLF line ends, header row), with exact unrounded
 * decimal amounts so spreadsheet sums match the JSON to the last digit.
 * @example renderCsv(report) //=> "pattern,line,monthlyUsd\r\necs-fargate,web: Fargate vCPU,29.552\r\n"
 */
export function renderCsv(report: Report): string {
  const header = report.csv.columns.map((c) => csvField(c.header)).join(",");
  const rows = report.csv.rows.map((row) => row.map((cell) => csvField(cellExact(cell))).join(","));
  return [header, ...rows].map((line) => `${line}\r\n`).join("");
}
