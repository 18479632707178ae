import type { Comparison } from "@repo/core";
import type { Command } from "commander";
import { enforceBudget, type BudgetOptions } from "../io/budget";
import { loadResult } from "../io/load-comparison";
import type { ReportingOptions } from "../io/reporting-options";
import { loadShared, reportingFlags } from "../io/shared-reporting";
import { OUTPUT_FORMATS, parseFormat, renderReport } from "../render/format";
import { inReportingCurrency } from "../render/report-reporting";
import { diffReport } from "./diff-report";

type DiffOptions = BudgetOptions & ReportingOptions & { format: string; basePrices?: string; prices?: string };

/** `costcalc diff <base> <proposed> [--format …] [--base-prices old.json] [--prices new.json] [--fail-over usd [--pattern id]]`. */
export function registerDiff(program: Command, write: (text: string) => void): void {
  const command = program
    .command("diff")
    .description("what changed between two scenarios, per pattern and per line, and why (monthly and yearly)")
    .argument("<base>", "the scenario today (.yaml, .yml or .json)")
    .argument("<proposed>", "the proposed scenario")
    .option("-f, --format <format>", `output format: ${OUTPUT_FORMATS.join(", ")}`, "table")
    .option("--base-prices <snapshot>", "price the base scenario with this snapshot (e.g. last quarter's)")
    .option("-p, --prices <snapshot>", "price the proposed scenario with this snapshot (default: the embedded snapshot)")
    .option("--fail-over <usd>", "exit 3 if the proposed checked monthly total is above this budget")
    .option("--pattern <id>", "pattern the budget applies to (default: the cheapest fully priced)");
  reportingFlags(command).action((baseFile: string, proposedFile: string, options: DiffOptions) => {
    const format = parseFormat(options.format);
    const sides = [
      { file: baseFile, prices: options.basePrices ?? options.prices },
      { file: proposedFile, prices: options.prices },
    ];
    const { results, reporting } = loadShared(sides, ({ file, prices }, o) => loadResult(file, undefined, prices, o), options);
    const [base, proposed] = results.map((r) => r.comparison) as [Comparison, Comparison];
    const report = diffReport(base, proposed, { base: baseFile, proposed: proposedFile }, reporting);
    write(renderReport(inReportingCurrency(report, reporting, 2), format));
    enforceBudget(proposed, options, `proposed ${proposed.scenario.name}`);
  });
}
