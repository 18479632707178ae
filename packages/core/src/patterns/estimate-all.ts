import type { PriceBook } from "../price-book/price-book";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { withConsumptionTax } from "./consumption-tax";
import { PATTERN_DESCRIPTORS } from "./descriptors";
import type { PatternEstimate, PatternId } from "./pattern";
import type { PatternReuse } from "./pattern-reuse";
import type { SharedLinesMemo } from "./shared-lines-memo";

/**
 * Every pattern's bill, in PATTERN_IDS order: each descriptor's estimator, then — when the scenario asks —
 * Japan's consumption tax over its AWS lines. The one way to price the patterns (the baseline run and the
 * scaled runs of the break-even solver both call it), so no run can miss a line. `totalsOnly` (the scaled runs):
 * every line and figure, without the line names and packing details only a face reads. `skip`: patterns the caller
 * prices otherwise (the scaled runs' Fargate totals, decisions/fargate-totals.ts), left out of the result.
 * The patterns' bills share the line objects of those blocks (shared-lines-memo.ts: never mutated). `reuse` (with
 * `totalsOnly`): the analysis's memo of whole taxed estimates by each descriptor's `reuseKey` (pattern-reuse.ts).
 */
export function estimateAllPatterns(
  scenario: Scenario,
  services: readonly ResolvedService[],
  book: PriceBook,
  options: { totalsOnly?: boolean; sharedLines?: SharedLinesMemo; skip?: ReadonlySet<PatternId>; reuse?: PatternReuse } = {},
): PatternEstimate[] {
  const totalsOnly = options.totalsOnly === true;
  // The task-count-free blocks of the shared lines are the same for every pattern of one scenario: priced once per
  // call (issue 19: with 5,000 services the egress and log lines were built six times), or kept between the scaled
  // runs of one analysis (totals-only lines, without names, never mixed with a full run's).
  const memo = { sharedLines: totalsOnly && options.sharedLines ? options.sharedLines : new Map() };
  const { skip, reuse } = options;
  return (skip ? PATTERN_DESCRIPTORS.filter((d) => !skip.has(d.id)) : PATTERN_DESCRIPTORS).map((pattern) => {
    const context = { pattern, scenario, services, book, totalsOnly, ...memo };
    const key = totalsOnly && reuse ? (pattern.reuseKey?.(context) ?? null) : null;
    const hit = key === null ? undefined : reuse?.get(key);
    if (hit) return hit;
    const estimate = withConsumptionTax(pattern.estimate(context), scenario);
    if (key !== null) reuse?.set(key, estimate);
    return estimate;
  });
}
