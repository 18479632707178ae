import { cellText } from "./cell-text";
import type { Report } from "./report";
import { renderTextTable } from "./text-table";

/** A report as a plain monospace terminal table (the `table` format of every command but estimate). */
export function renderReportText(report: Report): string {
  const parts = [report.title, ...(report.subtitle ?? [])];
  for (const section of report.sections) {
    parts.push("");
    if (section.title) parts.push(`== ${section.title}`);
    if (section.rows.length > 0)
      parts.push(
        renderTextTable(
          section.columns,
          section.rows.map((row) => row.map((cell) => cellText(cell, report.reporting))),
        ),
      );
    for (const note of section.notes ?? []) parts.push(`  ${note}`);
  }
  return `${parts.join("\n")}\n`;
}
