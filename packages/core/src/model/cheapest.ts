import type { Comparison } from "../compare/estimate-scenario";
import type { PatternEstimate } from "../patterns/pattern";

/**
 * The cheapest pattern whose bill is complete and that can run the workload (status "priced"; ties:
 * the first in PATTERN_IDS order); undefined if none is. A lower bound never wins: its missing rates
 * would make it look cheap. Pass the result's `comparison` (constraints applied).
 * @example cheapestPricedPattern(modelScenario(privilegedInput, book).comparison)?.id //=> "ecs-ec2" (Fargate is ruled out)
 */
export function cheapestPricedPattern(comparison: Pick<Comparison, "patterns">): PatternEstimate | undefined {
  let best: PatternEstimate | undefined;
  for (const p of comparison.patterns) {
    if (p.status === "priced" && p.monthlyUsd && (!best?.monthlyUsd || p.monthlyUsd.lt(best.monthlyUsd))) best = p;
  }
  return best;
}
