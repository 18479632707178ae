import { CliError } from "../io/cli-error";
import { renderCsv } from "./csv";
import { renderMarkdown } from "./markdown";
import type { Report } from "./report";
import { renderReportText } from "./report-text";
import { escapeControlChars } from "./safe-text";

/** Output formats of every command. */
export const OUTPUT_FORMATS = ["table", "json", "markdown", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Validates a `--format` value (exit 2 with the allowed values otherwise). */
export function parseFormat(value: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new CliError("INVALID_OPTION", `--format must be one of ${OUTPUT_FORMATS.join(", ")} (got "${value}")`);
}

/** A `--format json` document as printed: two-space indented, one final newline. */
export function renderJson(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * The one dispatcher: a report in the chosen format. `table` may be overridden by a command with a
 * richer terminal layout (estimate keeps its own table).
 * @example renderReport(report, "markdown") //=> "## …\n"
 */
export function renderReport(report: Report, format: OutputFormat, table: () => string = () => renderReportText(report)): string {
  switch (format) {
    case "json":
      return renderJson(report.json);
    case "markdown":
      return escapeControlChars(renderMarkdown(report));
    case "csv":
      return renderCsv(report);
    case "table":
      return escapeControlChars(table());
  }
}
