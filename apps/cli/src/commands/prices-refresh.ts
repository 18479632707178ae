import { AWS_REGION_CODES, awsRegion, createPriceBook, embeddedPriceBook, isCoreError } from "@repo/core";
import {
  apiSource,
  createPricingClient,
  offerFileSource,
  refreshSnapshotFile,
  type FetchLike,
  type PriceSource,
  type RefreshResult,
} from "@repo/pricing";
import type { PricingClient } from "@aws-sdk/client-pricing";
import { CliError } from "../io/cli-error";
import { EXIT_BAD_INPUT, EXIT_FAILURE } from "../io/exit-codes";
import { createProgressBar } from "../render/prices-progress";
import { priceBookLabel } from "../render/price-book-label";
import { PRICE_SOURCES, type RefreshCliOptions } from "./prices-refresh-options";

export { PRICE_SOURCES, DEFAULT_PRICES_FILE, type RefreshCliOptions } from "./prices-refresh-options";

/** `--timeout`: the whole refresh's deadline in seconds (default 30 min; an EC2 offer file is hundreds of MB). */
export const MAX_TIMEOUT_SECONDS = 24 * 3600;

/** Everything `prices refresh` touches outside the process, injectable for tests. */
export type RefreshDeps = {
  createClient: () => PricingClient;
  fetch: FetchLike;
  now: () => Date;
  stderrIsTty: boolean;
  stderrColumns: number;
};

export const realRefreshDeps = (): RefreshDeps => ({
  createClient: () => {
    // The SDK warns on every run that its 2027 releases will need Node 22; the pinned version
    // supports Node 20, and the warning would bury the one-line result. See README "Live prices".
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    return createPricingClient();
  },
  fetch: (url, init) => fetch(url, init),
  now: () => new Date(),
  stderrIsTty: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns ?? 100,
});

/**
 * `costcalc prices refresh [--regions a,b] [--source api|offer-files] [--out FILE] [--progress] [--no-spot] [--timeout S]`.
 * Every request has connect/read timeouts and a body cap, and the whole refresh a deadline (`--timeout`).
 * Writes FILE atomically only when the whole refresh succeeded; on any failure prints one line,
 * says FILE is unchanged, and exits 2 (bad option/region) or 1 (credentials, network, AWS data).
 */
export async function runPricesRefresh(
  options: RefreshCliOptions,
  deps: RefreshDeps,
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
): Promise<RefreshResult> {
  if (!(PRICE_SOURCES as readonly string[]).includes(options.source)) {
    throw new CliError("INVALID_OPTION", `--source must be one of ${PRICE_SOURCES.join(", ")} (got "${options.source}")`);
  }
  const timeout = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 1 && timeout <= MAX_TIMEOUT_SECONDS)) {
    throw new CliError(
      "INVALID_OPTION",
      `--timeout must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS} (got "${options.timeout}")`,
    );
  }
  const limits = timeout === undefined ? {} : { deadlineMs: timeout * 1000 };
  const regions = options.regions
    ? options.regions
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean)
    : [...embeddedPriceBook().regions];
  // Core's region table decides what a region is (any AWS commercial region), not a pattern of letters.
  const unknown = regions.find((r) => awsRegion(r) === undefined);
  if (unknown !== undefined) {
    throw new CliError(
      "UNKNOWN_REGION",
      `--regions: "${unknown}" is not an AWS commercial region (field: regions); allowed: ${AWS_REGION_CODES.join(", ")}`,
    );
  }
  const source: PriceSource =
    options.source === "api" ? apiSource({ client: deps.createClient() }) : offerFileSource({ fetch: deps.fetch });
  const bar = createProgressBar(io.stderr, Boolean(options.progress) || deps.stderrIsTty, deps.stderrColumns);
  let result: RefreshResult;
  try {
    result = await refreshSnapshotFile(options.out, {
      regions,
      source,
      baseCatalog: embeddedPriceBook().instanceTypes,
      now: deps.now,
      spot: options.spot ? { fetch: deps.fetch } : false,
      limits,
      onProgress: (p) => bar.update(p),
    });
  } catch (error) {
    bar.done();
    throw refreshFailure(error, options.out);
  }
  bar.done();
  const { snapshot, warnings } = result;
  io.stdout(
    `wrote ${options.out}: ${snapshot.rates.length} rates for ${regions.join(", ")}, ${snapshot.instanceTypes.length} instance types, prices as of ${snapshot.asOf} (${priceBookLabel(createPriceBook(snapshot, { hash: true }))})\n`,
  );
  if (warnings.length) {
    io.stderr(
      `${warnings.length} warning(s):\n${warnings
        .slice(0, 20)
        .map((w) => `  ${w}\n`)
        .join("")}${warnings.length > 20 ? `  … and ${warnings.length - 20} more\n` : ""}`,
    );
  }
  return result;
}

/** One line: the coded cause, and the reassurance that the previous snapshot is still the one in use. */
function refreshFailure(error: unknown, out: string): unknown {
  if (!isCoreError(error)) return error;
  const badInput = error.code === "UNKNOWN_REGION" || error.code === "INVALID_OPTION";
  const failure = new CliError(error.code, "", badInput ? EXIT_BAD_INPUT : EXIT_FAILURE);
  failure.message = `${error.message} — ${out} was not changed`;
  return failure;
}
