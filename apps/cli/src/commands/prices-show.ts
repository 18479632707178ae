import { AWS_REGION_CODES, awsRegion, coreError, message } from "@repo/core";
import { CliError } from "../io/cli-error";
import { loadPriceBook } from "../io/load-price-book";
import { pricesJson, renderPricesTable } from "../render/prices-table";

export const PRICES_FORMATS = ["table", "json"] as const;
export type ShowOptions = { prices?: string; region?: string; match?: string; format: string };

/**
 * `costcalc prices show [--prices FILE] [--region R] [--match TEXT] [--format table|json]`: the rates
 * of a snapshot (default: embedded) with their provenance.
 */
export function runPricesShow(options: ShowOptions): string {
  assertFormat(options.format);
  const book = loadPriceBook(options.prices);
  // Any AWS region may be asked for (it may have no rates: `prices coverage` says which have some).
  if (options.region && !awsRegion(options.region)) {
    throw coreError("UNKNOWN_REGION", message("ERR_UNKNOWN_REGION", { region: options.region, field: "--region" }), {
      field: "--region",
      allowed: AWS_REGION_CODES,
    });
  }
  const rates = book.snapshot.rates.filter(
    (r) => (!options.region || r.region === options.region) && (!options.match || r.usage.includes(options.match)),
  );
  return options.format === "json" ? pricesJson(book, rates) : renderPricesTable(book, rates);
}

export function assertFormat(format: string): void {
  if (!(PRICES_FORMATS as readonly string[]).includes(format)) {
    throw new CliError("INVALID_OPTION", `--format must be one of ${PRICES_FORMATS.join(", ")} (got "${format}")`);
  }
}
