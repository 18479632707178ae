import { priceCoverage } from "@repo/core";
import { CliError } from "../io/cli-error";
import { loadPriceBook } from "../io/load-price-book";
import { renderCoverageMarkdown, renderCoverageText } from "../render/coverage-table";

export const COVERAGE_FORMATS = ["table", "markdown", "json"] as const;
export type CoverageOptions = { prices?: string; format: string };

/**
 * `costcalc prices coverage [--prices FILE] [--format table|markdown|json]`: per AWS region, which rate
 * groups the snapshot (default: embedded) holds. The Markdown form is docs/price-coverage.md's table.
 */
export function runPricesCoverage(options: CoverageOptions): string {
  if (!(COVERAGE_FORMATS as readonly string[]).includes(options.format)) {
    throw new CliError("INVALID_OPTION", `--format must be one of ${COVERAGE_FORMATS.join(", ")} (got "${options.format}")`);
  }
  const book = loadPriceBook(options.prices);
  const coverage = priceCoverage(book);
  if (options.format === "markdown") return renderCoverageMarkdown(coverage);
  if (options.format === "table") return renderCoverageText(book, coverage);
  return `${JSON.stringify({ id: book.id, asOf: book.asOf, regions: coverage }, null, 2)}\n`;
}
