import { embeddedPriceBook, estimatePortfolio, resolveReporting } from "@repo/core";
import type { Command } from "commander";
import { enforceBudget, type BudgetOptions } from "../io/budget";
import { readScenarioFile } from "../io/read-scenario-file";
import { withReportingFlags, type ReportingOptions } from "../io/reporting-options";
import { reportingFlags } from "../io/shared-reporting";
import { OUTPUT_FORMATS, parseFormat, renderReport } from "../render/format";
import { inReportingCurrency } from "../render/report-reporting";
import { portfolioReport } from "./portfolio-report";

type PortfolioCommandOptions = BudgetOptions & ReportingOptions & { format: string; groupBy?: string; region?: string };

/** `costcalc portfolio <file> [--group-by team,env] [--format …] [--fail-over usd [--pattern id]]`. */
export function registerPortfolio(program: Command, write: (text: string) => void): void {
  const command = program
    .command("portfolio")
    .description("one file, many services: totals per service and per tag, shared costs allocated exactly")
    .argument("<scenario>", "scenario file with many (tagged) services")
    .option("-f, --format <format>", `output format: ${OUTPUT_FORMATS.join(", ")}`, "table")
    .option("-g, --group-by <tags>", "tag keys to total by, comma-separated (e.g. team,env)")
    .option("-r, --region <region>", "override the scenario's region")
    .option("--fail-over <usd>", "exit 3 if the portfolio's checked monthly total is above this budget")
    .option("--pattern <id>", "pattern the budget applies to (default: the cheapest fully priced)");
  reportingFlags(command).action((file: string, options: PortfolioCommandOptions) => {
    const format = parseFormat(options.format);
    const raw = withReportingFlags(readScenarioFile(file), options);
    const input = options.region && raw && typeof raw === "object" ? { ...raw, region: options.region } : raw;
    const groupBy =
      options.groupBy
        ?.split(",")
        .map((key) => key.trim())
        .filter(Boolean) ?? [];
    const portfolio = estimatePortfolio(input, embeddedPriceBook(), { groupBy });
    const reporting = resolveReporting(portfolio.comparison.scenario);
    write(renderReport(inReportingCurrency(portfolioReport(portfolio, reporting), reporting), format));
    enforceBudget(portfolio.comparison, options, `portfolio ${portfolio.comparison.scenario.name}`);
  });
}
