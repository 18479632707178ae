/**
 * A plain monospace table (no colours, no box drawing) so output pastes cleanly into tickets and
 * golden files stay byte-stable. Columns marked `right` are right-aligned (numbers).
 */
export type Column = { header: string; align?: "left" | "right" };

export function renderTextTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const cell = (text: string, i: number) => (columns[i]?.align === "right" ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0));
  const line = (cells: readonly string[]) =>
    cells
      .map((text, i) => cell(text, i))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join("\n");
}
