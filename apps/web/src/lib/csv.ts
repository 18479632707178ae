import { csvCell, type ComparisonJson } from "@repo/core";

const HEADER = [
  "pattern", "status", "line_id", "line", "category", "service", "quantity", "unit", "rate_usd", "monthly_usd",
  "rate_region", "rate_source", "rate_as_of", "detail",
] as const;

/** RFC 4180 quoting with formula neutralising (OWASP CSV injection): core's `csvCell`. */
export const csvField = csvCell;

/**
 * The estimate as CSV: one row per cost line (exact, unrounded decimal strings, as in the JSON
 * export), then one total row per pattern (line_id "total"; empty amount when ruled out).
 * @example toCsv(json).split("\r\n")[0] //=> "pattern,status,line_id,line,category,..."
 */
export function toCsv(json: ComparisonJson): string {
  const rows: string[][] = [[...HEADER]];
  for (const pattern of json.patterns) {
    for (const line of pattern.lines) {
      rows.push([
        pattern.label, pattern.status, line.id, line.name, line.category, line.service ?? "", line.quantity, line.unit,
        line.rateUsd, line.monthlyUsd, line.rate.region, line.rate.sourceId, line.rate.asOf, line.detail,
      ]);
    }
    rows.push([pattern.label, pattern.status, "total", `${pattern.label} monthly total`, "", "", "", "", "", pattern.monthlyUsd ?? "", json.region, json.priceSnapshot.id, json.priceSnapshot.asOf, ""]);
  }
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
