import type { ComparisonJson } from "@repo/core";

/** A table export: a header and rows of plain strings (exact, unrounded amounts). */
export type CsvTable = { columns: string[]; rows: string[][] };

const COLUMNS = [
  "pattern", "status", "lower_bound", "line_id", "line", "category", "service", "quantity", "unit", "rate_usd", "monthly_usd",
  "rate_region", "rate_source", "rate_as_of", "detail",
];

/** RFC 4180 quoting: a field with a comma, quote or newline is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The estimate as a table: one row per cost line (exact decimal strings, as in the JSON export), then
 * one total row per pattern (line_id "total"; empty amount when ruled out). `lower_bound` is the
 * core's flag: "true" when rates are missing and the total is only a lower bound.
 * @example comparisonTable(json).columns[0] //=> "pattern"
 */
export function comparisonTable(json: ComparisonJson): CsvTable {
  const rows: string[][] = [];
  for (const pattern of json.patterns) {
    const lowerBound = String(pattern.lowerBound);
    for (const line of pattern.lines) {
      rows.push([
        pattern.label, pattern.status, lowerBound, line.id, line.name, line.category, line.service ?? "", line.quantity, line.unit,
        line.rateUsd, line.monthlyUsd, line.rate.region, line.rate.sourceId, line.rate.asOf, line.detail,
      ]);
    }
    rows.push([pattern.label, pattern.status, lowerBound, "total", `${pattern.label} monthly total`, "", "", "", "", "", pattern.monthlyUsd ?? "", json.region, json.priceSnapshot.id, json.priceSnapshot.asOf, ""]);
  }
  return { columns: [...COLUMNS], rows };
}

/** The table as CSV text (CRLF line ends): the only thing the web adds to an export is this escaping. */
export function writeCsv(table: CsvTable): string {
  return `${[table.columns, ...table.rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
