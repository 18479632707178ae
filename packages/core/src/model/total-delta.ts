import type { Decimal } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";

/** The change of one pattern's monthly total between two bills. */
export type TotalDelta = {
  /** proposed − base; null when either side has no total (ruled out or absent). */
  deltaMonthlyUsd: Decimal | null;
  /** Either side is a lower bound (rates missing): the delta is not the real change, say so. */
  lowerBound: boolean;
};

/**
 * @example totalDelta(base ecs-fargate $36.04, proposed $72.08) //=> { deltaMonthlyUsd: 36.04, lowerBound: false }
 */
export function totalDelta(base: PatternEstimate | undefined, proposed: PatternEstimate | undefined): TotalDelta {
  const b = base?.monthlyUsd ?? null;
  const p = proposed?.monthlyUsd ?? null;
  return {
    deltaMonthlyUsd: b === null || p === null ? null : p.minus(b),
    lowerBound: Boolean(base?.lowerBound) || Boolean(proposed?.lowerBound),
  };
}
