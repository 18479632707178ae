import type { Command } from "commander";
import { COVERAGE_FORMATS, runPricesCoverage, type CoverageOptions } from "./prices-coverage";
import { runPricesDiff } from "./prices-diff";
import type { RefreshDeps } from "./prices-refresh";
import { DEFAULT_PRICES_FILE, PRICE_SOURCES, type RefreshCliOptions } from "./prices-refresh-options";
import { PRICES_FORMATS, runPricesShow, type ShowOptions } from "./prices-show";

type Io = { stdout: (text: string) => void; stderr: (text: string) => void };

/**
 * `costcalc prices refresh | show | coverage | diff`: live AWS prices as dated snapshot files. The
 * refresh code (and the AWS SDK it needs) is imported only when `prices refresh` runs, so every other
 * command starts without it; `deps` defaults to the real network, tests inject fakes.
 */
export function registerPrices(program: Command, io: Io, deps?: () => RefreshDeps): void {
  const prices = program.command("prices").description("refresh, show and compare dated AWS price snapshots");
  prices
    .command("refresh")
    .description("fetch today's AWS prices into a snapshot file (written atomically)")
    .option("--regions <list>", "comma-separated region codes (default: the embedded snapshot's regions)")
    .option("--source <source>", `price source: ${PRICE_SOURCES.join(" (needs AWS credentials), ")} (public, no credentials)`, "api")
    .option("-o, --out <file>", "snapshot file to write", DEFAULT_PRICES_FILE)
    .option("--progress", "show the progress bar even when stderr is not a terminal")
    .option("--no-spot", "skip the Fargate Spot price feed")
    .option("--timeout <seconds>", "give up (exit 1, file unchanged) if the whole refresh takes longer (default 1800)")
    .action(async (options: RefreshCliOptions) => {
      const refresh = await import("./prices-refresh");
      await refresh.runPricesRefresh(options, (deps ?? refresh.realRefreshDeps)(), io);
    });
  prices
    .command("show")
    .description("list the rates of a snapshot with their source and as-of date")
    .option("-p, --prices <file>", "snapshot file (default: the embedded snapshot)")
    .option("-r, --region <region>", "only this region")
    .option("-m, --match <text>", "only usage keys containing this text, e.g. fargate/ or m7g.")
    .option("-f, --format <format>", `output format: ${PRICES_FORMATS.join(", ")}`, "table")
    .action((options: ShowOptions) => io.stdout(runPricesShow(options)));
  prices
    .command("coverage")
    .description("which rate groups a snapshot holds in each AWS region")
    .option("-p, --prices <file>", "snapshot file (default: the embedded snapshot)")
    .option("-f, --format <format>", `output format: ${COVERAGE_FORMATS.join(", ")}`, "table")
    .action((options: CoverageOptions) => io.stdout(runPricesCoverage(options)));
  prices
    .command("diff")
    .description("which rates changed between two snapshots, and by how much")
    .argument("<old>", "older snapshot file")
    .argument("<new>", "newer snapshot file")
    .option("-f, --format <format>", `output format: ${PRICES_FORMATS.join(", ")}`, "table")
    .action((oldFile: string, newFile: string, options: { format: string }) => io.stdout(runPricesDiff(oldFile, newFile, options)));
}
