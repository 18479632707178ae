import { csvCell, type CsvTable } from "@repo/core";

/** RFC 4180 quoting with formula neutralising (OWASP CSV injection): core's `csvCell`. */
export const csvField = csvCell;

/**
 * A core export table (`reviewCsv` for the web, `comparisonCsv` for the CLI's `estimate --format csv`) as
 * CSV text with CRLF line ends: escaping is the only thing the web adds to an export.
 * @example writeCsv({ columns: ["a"], rows: [["x,y"]] }) //=> 'a\r\n"x,y"\r\n'
 */
export function writeCsv(table: CsvTable): string {
  return `${[table.columns, ...table.rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** Byte order mark: Excel opens a UTF-8 CSV without it in the system code page (Japanese Excel garbles "×", "—"). */
const UTF8_BOM = "\uFEFF";

/** The CSV download's text: the BOM, then the table. @example csvDownloadText({ columns: ["a"], rows: [] }) //=> "\uFEFFa\r\n" */
export function csvDownloadText(table: CsvTable): string {
  return `${UTF8_BOM}${writeCsv(table)}`;
}
