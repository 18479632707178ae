import { cellText } from "./cell-text";
import type { Report, ReportTable } from "./report";

const escapeCell = (text: string): string => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A GitHub-flavoured Markdown table; right-aligned columns get `---:`. */
export function renderMarkdownTable(table: ReportTable, reporting?: Report["reporting"]): string {
  const header = `| ${table.columns.map((c) => escapeCell(c.header)).join(" | ")} |`;
  const rule = `|${table.columns.map((c) => (c.align === "right" ? " ---: " : " --- ")).join("|")}|`;
  const rows = table.rows.map((row) => `| ${row.map((cell) => escapeCell(cellText(cell, reporting))).join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

/**
 * A report as Markdown, ready to paste into a pull request or review document.
 * @example renderMarkdown({ title: "Budget", sections: [], csv, json }) //=> "## Budget\n"
 */
export function renderMarkdown(report: Report): string {
  const parts = [`## ${report.title}`];
  if (report.subtitle?.length) parts.push(report.subtitle.map((line) => `_${line}_`).join("  \n"));
  for (const section of report.sections) {
    if (section.title) parts.push(`### ${section.title}`);
    if (section.rows.length > 0) parts.push(renderMarkdownTable(section, report.reporting));
    if (section.notes?.length) parts.push(section.notes.map((note) => `- ${note}`).join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
