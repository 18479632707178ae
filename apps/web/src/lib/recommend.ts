import { parseDecimal, toDecimalString } from "@repo/core";
import type { PatternView, Recommendation } from "./view-types";

/**
 * The recommendation until the core's trade-off analysis lands: the cheapest fully priced pattern
 * (incomplete and ruled-out patterns cannot be compared fairly, so they are listed as excluded),
 * with the gap to the runner-up as the reason.
 * @example recommend(patterns)?.patternId //=> "ecs-fargate"
 */
export function recommend(patterns: readonly PatternView[]): Recommendation | null {
  const priced = patterns
    .filter((pattern): pattern is PatternView & { monthlyUsd: string } => pattern.status === "priced" && pattern.monthlyUsd !== null)
    .map((pattern) => ({ pattern, monthly: parseDecimal(pattern.monthlyUsd) }))
    .sort((x, y) => x.monthly.comparedTo(y.monthly));
  const [best, next] = priced;
  if (!best) return null;
  return {
    patternId: best.pattern.id,
    label: best.pattern.label,
    monthlyUsd: best.pattern.monthlyUsd,
    runnerUp: next
      ? { patternId: next.pattern.id, label: next.pattern.label, monthlyUsd: next.pattern.monthlyUsd, savingsUsd: toDecimalString(next.monthly.minus(best.monthly)) }
      : null,
    excluded: patterns.filter((pattern) => pattern.status !== "priced").map((pattern) => ({ patternId: pattern.id, label: pattern.label, status: pattern.status })),
  };
}
