import type { Decimal } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";

/** The change of one pattern's monthly total between two bills. */
export type TotalDelta = {
  /** proposed − base; null when either side has no total (ruled out or absent). */
  deltaMonthlyUsd: Decimal | null;
  /** deltaMonthlyUsd × 12 and × 36 (null with it), so faces only render. */
  deltaYearlyUsd: Decimal | null;
  deltaThreeYearUsd: Decimal | null;
  /** Either side is a lower bound (rates missing): the delta is not the real change, say so. */
  lowerBound: boolean;
};

/**
 * @example totalDelta(base ecs-fargate $36.04, proposed $72.08) //=> { deltaMonthlyUsd: 36.04, lowerBound: false }
 */
export function totalDelta(base: PatternEstimate | undefined, proposed: PatternEstimate | undefined): TotalDelta {
  const b = base?.monthlyUsd ?? null;
  const p = proposed?.monthlyUsd ?? null;
  const deltaMonthlyUsd = b === null || p === null ? null : p.minus(b);
  return {
    deltaMonthlyUsd,
    deltaYearlyUsd: deltaMonthlyUsd?.times(MONTHS_PER_YEAR) ?? null,
    deltaThreeYearUsd: deltaMonthlyUsd?.times(MONTHS_PER_THREE_YEARS) ?? null,
    lowerBound: Boolean(base?.lowerBound) || Boolean(proposed?.lowerBound),
  };
}
