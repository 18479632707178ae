/**
 * One CSV cell, safe to open in a spreadsheet (every CSV writer — CLI and web — goes through this).
 *
 * CSV injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
 * formula. OWASP's advice: prefix such a cell with a single quote and quote the field. A plain decimal
 * number (e.g. the signed delta "-6.9496") is left as it is so spreadsheet sums still work; it cannot be
 * a formula. Then RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled.
 * @example csvCell("=HYPERLINK(\"http://x\")") //=> "\"'=HYPERLINK(\"\"http://x\"\")\""
 * @example csvCell("-6.9496") //=> "-6.9496"
 */
export function csvCell(text: string): string {
  const neutral = neutraliseFormula(text);
  return neutral !== text || /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** The cell text with a leading `'` when a spreadsheet would take it for a formula. @example neutraliseFormula("@SUM(A1)") //=> "'@SUM(A1)" */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
