import type { PriceBook } from "../price-book/price-book";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { withConsumptionTax } from "./consumption-tax";
import { PATTERN_DESCRIPTORS } from "./descriptors";
import type { PatternEstimate } from "./pattern";
import type { SharedLinesMemo } from "./shared-lines-memo";

/**
 * Every pattern's bill, in PATTERN_IDS order: each descriptor's estimator, then — when the scenario asks —
 * Japan's consumption tax over its AWS lines. The one way to price the patterns (the baseline run and the
 * scaled runs of the break-even solver both call it), so no run can miss a line. `totalsOnly` (the scaled runs):
 * every line and figure, without the line names and packing details only a face reads.
 */
export function estimateAllPatterns(
  scenario: Scenario,
  services: readonly ResolvedService[],
  book: PriceBook,
  options: { totalsOnly?: boolean; sharedLines?: SharedLinesMemo } = {},
): PatternEstimate[] {
  const totalsOnly = options.totalsOnly === true;
  const memo = totalsOnly && options.sharedLines ? { sharedLines: options.sharedLines } : {};
  return PATTERN_DESCRIPTORS.map((pattern) =>
    withConsumptionTax(pattern.estimate({ pattern, scenario, services, book, totalsOnly, ...memo }), scenario),
  );
}
