import type { CostLine } from "../lines/cost-line";
import type { LineBuilder, LineRequest } from "../lines/line-builder";
import { parseDecimal, type Decimal } from "../money/decimal";
import { RATE_CONFIDENCES, type Rate } from "../price-book/rate";

/** How a purchase option turns the book's rate into the rate actually paid. */
export type RateDerivation = {
  /** The rate paid per unit, from the book's rate. */
  priceUsd: (base: Decimal) => Decimal;
  /** Appended to the rate description, e.g. "1-year Standard RI, No Upfront: on-demand × 0.625 (S3)". */
  describe: string;
  /** Extra source ids ("S3", "S4", "user"), appended to the base rate's. */
  sourceId: string;
  /**
   * True when the rate paid is an estimate from a reference ratio measured on another type, region or
   * year (the m5.large 2021 RI/Savings Plan rows, S3; the Spot ratio, S4) rather than the type's own price
   * (issue 13: "the line says it is an estimate from that reference … never silently"). The line is then
   * marked derived (its name ends "(derived rate)", its detail says so, JSON `basis: "derived"`) and its
   * confidence is at most "secondary" (a re-derivation, in SOURCES.md's terms). Your own discount is not.
   */
  isReferenceEstimate?: boolean;
};

/** The lower of a rate's confidence and "secondary" (RATE_CONFIDENCES runs high to low; absent = a live AWS read: primary). */
function capAtSecondary(confidence: Rate["confidence"]): Rate["confidence"] {
  const index = Math.max(RATE_CONFIDENCES.indexOf(confidence ?? "primary"), RATE_CONFIDENCES.indexOf("secondary"));
  return RATE_CONFIDENCES[index];
}

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
      ...(derivation.isReferenceEstimate ? { basis: "derived" as const, confidence: capAtSecondary(base.confidence) } : {}),
    }),
  );
}
