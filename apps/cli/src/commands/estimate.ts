import { analyzeScenario, toAnalysisJson } from "@repo/core";
import type { Command } from "commander";
import { enforceBudget, type BudgetOptions } from "../io/budget";
import { loadComparison } from "../io/load-comparison";
import { loadPriceBook } from "../io/load-price-book";
import { readScenarioFile } from "../io/read-scenario-file";
import { comparisonReport } from "../render/comparison-report";
import { renderEstimateTable } from "../render/estimate-table";
import { OUTPUT_FORMATS, parseFormat, renderReport } from "../render/format";
import { renderDecisions } from "../render/tco-decisions";
import { renderTcoTables } from "../render/tco-table";

export const ESTIMATE_FORMATS = OUTPUT_FORMATS;
type EstimateOptions = BudgetOptions & { format: string; region?: string; prices?: string };

/** `costcalc estimate <scenario> [--format table|json|markdown|csv] [--region R] [--prices snapshot.json]` → text for stdout. */
export function runEstimate(file: string, options: EstimateOptions): string {
  const format = parseFormat(options.format);
  const raw = readScenarioFile(file);
  const input = options.region && raw && typeof raw === "object" ? { ...raw, region: options.region } : raw;
  const analysis = analyzeScenario(input, loadPriceBook(options.prices));
  const report = comparisonReport(analysis.comparison);
  const withAnalysis = { ...report, json: { ...(report.json as object), ...toAnalysisJson(analysis) } };
  return renderReport(withAnalysis, format, () =>
    [renderEstimateTable(analysis.comparison), renderTcoTables(analysis), renderDecisions(analysis)].join("\n"),
  );
}

export function registerEstimate(program: Command, write: (text: string) => void): void {
  program
    .command("estimate")
    .description("price a scenario on ECS/EKS × Fargate/EC2, side by side")
    .argument("<scenario>", "scenario file (.yaml, .yml or .json)")
    .option("-f, --format <format>", `output format: ${ESTIMATE_FORMATS.join(", ")}`, "table")
    .option("-r, --region <region>", "override the scenario's region")
    .option("-p, --prices <snapshot>", "price snapshot file from `costcalc prices refresh` (default: the embedded snapshot)")
    .option("--fail-over <usd>", "exit 3 if the checked monthly total is above this budget (see docs/cli.md)")
    .option("--pattern <id>", "pattern the budget applies to (default: the cheapest fully priced)")
    .action((file: string, options: EstimateOptions) => {
      write(runEstimate(file, options));
      if (options.failOver !== undefined || options.pattern !== undefined) enforceBudget(loadComparison(file, options.region, options.prices), options, file);
    });
}
