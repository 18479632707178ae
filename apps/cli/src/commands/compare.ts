import type { ModelResult, ReportingCurrency } from "@repo/core";
import type { Command } from "commander";
import { enforceBudget, type BudgetOptions } from "../io/budget";
import { CliError } from "../io/cli-error";
import { loadResult } from "../io/load-comparison";
import type { ReportingOptions } from "../io/reporting-options";
import { loadShared, reportingFlags } from "../io/shared-reporting";
import { OUTPUT_FORMATS, parseFormat, renderReport } from "../render/format";
import { inReportingCurrency } from "../render/report-reporting";
import { compareReport, type LabelledComparison } from "./compare-report";

type CompareOptions = BudgetOptions & ReportingOptions & { format: string; regions?: string; prices?: string };

/**
 * Files × regions (`--regions a,b` prices every file in each region), labelled for columns, at one reporting
 * currency and rate (the flags', else the first scenario's: shared-reporting.ts).
 */
export function loadCompared(
  files: readonly string[],
  regions: string | undefined,
  pricesFile?: string,
  flags: ReportingOptions = {},
): { items: LabelledComparison[]; reporting: ReportingCurrency } {
  const regionList = regions
    ?.split(",")
    .map((r) => r.trim())
    .filter(Boolean) ?? [undefined];
  const runs = files.flatMap((file) => regionList.map((region) => ({ file, region })));
  const { results, reporting } = loadShared(runs, ({ file, region }, options) => loadResult(file, region, pricesFile, options), flags);
  const items = runs.map(({ file }, i) => ({ file, comparison: (results[i] as ModelResult).comparison }));
  if (items.length < 2)
    throw new CliError("INVALID_OPTION", "compare needs at least two scenarios (files, or one file with --regions a,b)");
  const names = items.map(({ comparison }) => comparison.scenario.name);
  const labelled = items.map(({ file, comparison }) => {
    const isUnique = names.filter((n) => n === comparison.scenario.name).length === 1;
    return { file, comparison, label: isUnique ? comparison.scenario.name : `${comparison.scenario.name} (${comparison.region})` };
  });
  return { items: labelled, reporting };
}

/** `costcalc compare <a> <b> … [--regions r1,r2] [--format …] [--fail-over usd [--pattern id]]`. */
export function registerCompare(program: Command, write: (text: string) => void): void {
  const command = program
    .command("compare")
    .description("several scenarios side by side: today vs proposed, region vs region, x86 vs ARM")
    .argument("<scenarios...>", "scenario files (.yaml, .yml or .json)")
    .option("-f, --format <format>", `output format: ${OUTPUT_FORMATS.join(", ")}`, "table")
    .option("-p, --prices <snapshot>", "price snapshot file (default: the embedded snapshot)")
    .option("--regions <list>", "price every file in each of these regions (comma-separated)")
    .option("--fail-over <usd>", "exit 3 if the LAST scenario's checked monthly total is above this budget")
    .option("--pattern <id>", "pattern the budget applies to (default: the cheapest fully priced)");
  reportingFlags(command).action((files: string[], options: CompareOptions) => {
    const format = parseFormat(options.format);
    const { items, reporting } = loadCompared(files, options.regions, options.prices, options);
    write(renderReport(inReportingCurrency(compareReport(items, reporting), reporting, items.length), format));
    const last = items[items.length - 1];
    if (last) enforceBudget(last.comparison, options, last.label);
  });
}
