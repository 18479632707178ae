import { toModelJson, type ModelResult } from "@repo/core";
import type { Command } from "commander";
import { enforceBudget, type BudgetOptions } from "../io/budget";
import { loadResult } from "../io/load-comparison";
import type { ReportingOptions } from "../io/reporting-options";
import { comparisonReport } from "../render/comparison-report";
import { renderEstimateTable } from "../render/estimate-table";
import { CLI_EXPORT_KINDS, parseExportKind, renderExport } from "../render/export-kind";
import { OUTPUT_FORMATS, parseFormat, renderJson, renderReport } from "../render/format";
import { renderDecisions } from "../render/tco-decisions";
import { renderTcoTables } from "../render/tco-table";

export const ESTIMATE_FORMATS = OUTPUT_FORMATS;
type EstimateOptions = BudgetOptions & ReportingOptions & { format: string; export?: string; region?: string; prices?: string };

/** The `estimate` report of one model result, in a format. */
export function renderEstimate(analysis: ModelResult, format: ReturnType<typeof parseFormat>): string {
  // JSON prints core's model document only: the tables and the bill CSV of the report are not built for it.
  if (format === "json") return renderJson(toModelJson(analysis));
  const report = comparisonReport(analysis.comparison);
  const withAnalysis = { ...report, reporting: analysis.reporting, json: toModelJson(analysis) };
  return renderReport(withAnalysis, format, () =>
    [renderEstimateTable(analysis.comparison), renderTcoTables(analysis), renderDecisions(analysis)].join("\n"),
  );
}

/** `costcalc estimate <scenario> [--format table|json|markdown|csv] [--region R] [--prices snapshot.json]` → text for stdout. */
export function runEstimate(file: string, options: EstimateOptions): string {
  const format = parseFormat(options.format);
  return renderEstimate(loadResult(file, options.region, options.prices, options), format);
}

export function registerEstimate(program: Command, write: (text: string) => void): void {
  program
    .command("estimate")
    .description("price a scenario on ECS/EKS × Fargate/EC2, side by side")
    .argument("<scenario>", "scenario file (.yaml, .yml or .json)")
    .option("-f, --format <format>", `output format: ${ESTIMATE_FORMATS.join(", ")}`, "table")
    .option("--export <kind>", `write one of core's exports instead of the report: ${CLI_EXPORT_KINDS.join(", ")}`)
    .option("-r, --region <region>", "override the scenario's region")
    .option("-p, --prices <snapshot>", "price snapshot file from `costcalc prices refresh` (default: the embedded snapshot)")
    .option("--currency <code>", "report every figure in USD or JPY (default: the scenario's reporting.currency, else USD)")
    .option(
      "--fx <jpyPerUsd>",
      "yen per US dollar for the report (default: the scenario's reporting.jpyPerUsd, else ¥148.54, Federal Reserve H.10 of 2024-02-02)",
    )
    .option("--fail-over <usd>", "exit 3 if the checked monthly total is above this budget (see docs/cli.md)")
    .option("--pattern <id>", "pattern the budget applies to (default: the cheapest fully priced)")
    .action((file: string, options: EstimateOptions) => {
      const format = parseFormat(options.format);
      const kind = options.export === undefined ? undefined : parseExportKind(options.export);
      const result = loadResult(file, options.region, options.prices, options);
      write(kind === undefined ? renderEstimate(result, format) : renderExport(result, kind));
      enforceBudget(result.comparison, options, file);
    });
}
