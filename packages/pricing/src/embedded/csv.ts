import { parse } from "csv-parse/sync";

/** Parses a CSV text with a header row into records of strings (csv-parse handles quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  // relax_quotes: some derived files quote inside an unquoted cell (bill line "$0.059 per NAT Gateway Hour").
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, relax_quotes: true }) as Record<string, string>[];
}

/**
 * The first date in a free-text "as of" cell: "2026-09-11 (AmazonECS pub)" → "2026-09-11",
 * "2026-08 (infracost golden)" → "2026-08", "undated …" → "undated".
 */
export function firstDate(text: string): string {
  const match = /\d{4}-\d{2}(-\d{2})?/.exec(text);
  return match ? match[0] : "undated";
}
