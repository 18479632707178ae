import { estimateScenario, toComparisonJson } from "@repo/core";
import type { Command } from "commander";
import { CliError } from "../io/cli-error";
import { loadPriceBook } from "../io/load-price-book";
import { readScenarioFile } from "../io/read-scenario-file";
import { renderEstimateTable } from "../render/estimate-table";

export const ESTIMATE_FORMATS = ["table", "json"] as const;
type EstimateOptions = { format: string; region?: string; prices?: string };

/** `costcalc estimate <scenario> [--format table|json] [--region R] [--prices snapshot.json]` → text for stdout. */
export function runEstimate(file: string, options: EstimateOptions): string {
  if (!(ESTIMATE_FORMATS as readonly string[]).includes(options.format)) {
    throw new CliError("INVALID_OPTION", `--format must be one of ${ESTIMATE_FORMATS.join(", ")} (got "${options.format}")`);
  }
  const raw = readScenarioFile(file);
  const input = options.region && raw && typeof raw === "object" ? { ...raw, region: options.region } : raw;
  const comparison = estimateScenario(input, loadPriceBook(options.prices));
  return options.format === "json" ? `${JSON.stringify(toComparisonJson(comparison), null, 2)}\n` : renderEstimateTable(comparison);
}

export function registerEstimate(program: Command, write: (text: string) => void): void {
  program
    .command("estimate")
    .description("price a scenario on ECS/EKS × Fargate/EC2, side by side")
    .argument("<scenario>", "scenario file (.yaml, .yml or .json)")
    .option("-f, --format <format>", `output format: ${ESTIMATE_FORMATS.join(", ")}`, "table")
    .option("-r, --region <region>", "override the scenario's region")
    .option("-p, --prices <snapshot>", "price snapshot file from `costcalc prices refresh` (default: the embedded snapshot)")
    .action((file: string, options: EstimateOptions) => write(runEstimate(file, options)));
}
