import type { Command } from "commander";
import { enforceBudget, type BudgetOptions } from "../io/budget";
import { loadResult } from "../io/load-comparison";
import { OUTPUT_FORMATS, parseFormat, renderReport } from "../render/format";
import { diffReport } from "./diff-report";

type DiffOptions = BudgetOptions & { format: string; basePrices?: string; prices?: string };

/** `costcalc diff <base> <proposed> [--format …] [--base-prices old.json] [--prices new.json] [--fail-over usd [--pattern id]]`. */
export function registerDiff(program: Command, write: (text: string) => void): void {
  program
    .command("diff")
    .description("what changed between two scenarios, per pattern and per line, and why (monthly and yearly)")
    .argument("<base>", "the scenario today (.yaml, .yml or .json)")
    .argument("<proposed>", "the proposed scenario")
    .option("-f, --format <format>", `output format: ${OUTPUT_FORMATS.join(", ")}`, "table")
    .option("--base-prices <snapshot>", "price the base scenario with this snapshot (e.g. last quarter's)")
    .option("-p, --prices <snapshot>", "price the proposed scenario with this snapshot (default: the embedded snapshot)")
    .option("--fail-over <usd>", "exit 3 if the proposed checked monthly total is above this budget")
    .option("--pattern <id>", "pattern the budget applies to (default: the cheapest fully priced)")
    .action((baseFile: string, proposedFile: string, options: DiffOptions) => {
      const format = parseFormat(options.format);
      const base = loadResult(baseFile, undefined, options.basePrices ?? options.prices).comparison;
      const proposed = loadResult(proposedFile, undefined, options.prices).comparison;
      write(renderReport(diffReport(base, proposed, { base: baseFile, proposed: proposedFile }), format));
      enforceBudget(proposed, options, `proposed ${proposed.scenario.name}`);
    });
}
