import type { PriceBook } from "../price-book/price-book";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { withConsumptionTax } from "./consumption-tax";
import { PATTERN_DESCRIPTORS } from "./descriptors";
import type { PatternEstimate, PatternId } from "./pattern";
import type { SharedLinesMemo } from "./shared-lines-memo";

/**
 * Every pattern's bill, in PATTERN_IDS order: each descriptor's estimator, then — when the scenario asks —
 * Japan's consumption tax over its AWS lines. The one way to price the patterns (the baseline run and the
 * scaled runs of the break-even solver both call it), so no run can miss a line. `totalsOnly` (the scaled runs):
 * every line and figure, without the line names and packing details only a face reads. `skip`: patterns the caller
 * prices otherwise (the scaled runs' Fargate totals, decisions/fargate-totals.ts), left out of the result.
 */
export function estimateAllPatterns(
  scenario: Scenario,
  services: readonly ResolvedService[],
  book: PriceBook,
  options: { totalsOnly?: boolean; sharedLines?: SharedLinesMemo; skip?: ReadonlySet<PatternId> } = {},
): PatternEstimate[] {
  const totalsOnly = options.totalsOnly === true;
  const memo = totalsOnly && options.sharedLines ? { sharedLines: options.sharedLines } : {};
  const skip = options.skip;
  return (skip ? PATTERN_DESCRIPTORS.filter((d) => !skip.has(d.id)) : PATTERN_DESCRIPTORS).map((pattern) =>
    withConsumptionTax(pattern.estimate({ pattern, scenario, services, book, totalsOnly, ...memo }), scenario),
  );
}
