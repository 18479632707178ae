import type { CostLine } from "../lines/cost-line";
import type { LineBuilder, LineRequest } from "../lines/line-builder";
import { parseDecimal, type Decimal } from "../money/decimal";
import type { Rate } from "../price-book/rate";

/** How a purchase option turns the book's rate into the rate actually paid. */
export type RateDerivation = {
  /** The rate paid per unit, from the book's rate. */
  priceUsd: (base: Decimal) => Decimal;
  /** Appended to the rate description, e.g. "1-year Standard RI, No Upfront: on-demand × 0.625 (S3)". */
  describe: string;
  /** Extra source ids ("S3", "S4", "user"), appended to the base rate's. */
  sourceId: string;
};

/**
 * Adds a line priced at a rate derived from the book's rate (a discount, an RI ratio), keeping the
 * base rate's region, as-of date and source id and naming the derivation. A rate the book lacks is
 * a MissingRate, as with `LineBuilder.add`.
 * @example addDerivedLine(builder, request, { priceUsd: (r) => r.times("0.625"), describe: "1-year RI", sourceId: "S3" })?.rateUsd //=> 0.06 for m5.large
 */
export function addDerivedLine(builder: LineBuilder, request: LineRequest, derivation: RateDerivation): CostLine | undefined {
  return builder.add(
    request,
    (base): Rate => ({
      ...base,
      priceUsd: derivation.priceUsd(parseDecimal(base.priceUsd)).toFixed(),
      description: `${base.description} — ${derivation.describe}`,
      sourceId: derivation.sourceId ? `${base.sourceId};${derivation.sourceId}` : base.sourceId,
    }),
  );
}
