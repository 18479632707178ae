import type { Message } from "../messages/message";
import type { Decimal } from "../money/decimal";
import { PATTERN_IDS, type PatternId } from "../patterns/pattern";
import { boundedSwaps, seedIndices } from "./break-even-bounded";
import type { ScaleEvaluator } from "./evaluate-at-scale";
import type { Multiplier } from "./scale-workload";

/** Where two patterns swap order as the workload grows. */
export type Crossing = {
  /** The first multiplier (exact fraction) at which the new order holds. */
  multiplier: Multiplier;
  /** The last evaluated multiplier before it (the old order). */
  previous: Multiplier;
  totalTasks: number;
  /** Cheaper pattern before and from the crossing ("tie" when equal to the cent and beyond). */
  cheaperBefore: PatternId | "tie";
  cheaperAfter: PatternId | "tie";
  tcoUsd: Record<string, Decimal>;
};

export type PairBreakEven = { a: PatternId; b: PatternId; crossings: Crossing[] };

export type BreakEvenResult = {
  /** "exact-scan": every swap at every breakpoint (a bounded search, break-even-bounded.ts); "bisection": bracketing on a grid, then bisection. */
  method: "exact-scan" | "bisection";
  searchedFrom: Multiplier;
  searchedTo: Multiplier;
  breakpoints: number;
  pairs: PairBreakEven[];
  /** Patterns left out of the search (ruled out, or incomplete at baseline), with why (English `reason`, coded `message`). */
  skipped: { pattern: PatternId; reason: string; message: Message }[];
};

export type SolverOptions = {
  exactScanLimit?: number;
  gridPoints?: number;
  /** The curves' point count: the exact search's brackets end on the runs the curves make anyway (default 20). */
  seedPoints?: number;
};

/**
 * Up to this many listed breakpoints every sign change of every pair is reported (found by the
 * bounded search of break-even-bounded.ts, which skips the runs monotonicity proves cannot hold one) (issue 19: bisection finds one crossing per grid bracket and misses an even number in one —
 * the web-app example's 60 workloads hid crossings). 240 covers any one service of up to 24 tasks at the
 * default ×10 and every example; beyond it the grid + bisection keeps the cost bounded (method "bisection").
 */
export const EXACT_SCAN_LIMIT = 240;

const sign = (d: Decimal): number => (d.isZero() ? 0 : d.isPositive() ? 1 : -1);

function differenceSign(
  evaluator: ScaleEvaluator,
  points: readonly Multiplier[],
  a: PatternId,
  b: PatternId,
): (index: number) => number | null {
  return (index) => {
    const p = points[index];
    if (!p) return null;
    const at = evaluator.at(p).patterns;
    const x = at[a];
    const y = at[b];
    return x && y ? sign(x.tcoUsd.minus(y.tcoUsd)) : null;
  };
}

function crossingAt(
  evaluator: ScaleEvaluator,
  points: readonly Multiplier[],
  index: number,
  a: PatternId,
  b: PatternId,
  before: number,
  after: number,
): Crossing {
  const label = (s: number): PatternId | "tie" => (s === 0 ? "tie" : s < 0 ? a : b);
  const point = evaluator.at(points[index] as Multiplier);
  return {
    multiplier: point.multiplier,
    previous: points[index - 1] as Multiplier,
    totalTasks: point.totalTasks,
    cheaperBefore: label(before),
    cheaperAfter: label(after),
    tcoUsd: { [a]: point.patterns[a]?.tcoUsd, [b]: point.patterns[b]?.tcoUsd } as Record<string, Decimal>,
  };
}

/**
 * Finds, for one pair, the breakpoints at which the sign of TCO(a) − TCO(b) changes. With `grid`
 * (indices into `points`, ascending, first and last included) it brackets sign changes between grid
 * points and bisects each bracket on the integer index; without, it scans every point.
 * Bisection keeps s(lo) ≠ s(hi) and so always ends on a true change (s(hi − 1) ≠ s(hi)); an even
 * number of changes inside one bracket is invisible to it — `exact-scan` has no such blind spot.
 * @example solvePair(evaluator, scaleBreakpoints([4], 3), "ecs-fargate", "ecs-ec2").map((c) => c.totalTasks) //=> [4, 5, 8, 9, 12] (infra only)
 */
export function solvePair(
  evaluator: ScaleEvaluator,
  points: readonly Multiplier[],
  a: PatternId,
  b: PatternId,
  grid?: readonly number[],
): Crossing[] {
  const s = differenceSign(evaluator, points, a, b);
  const crossings: Crossing[] = [];
  const indices = grid ?? points.map((_, i) => i);
  for (let k = 1; k < indices.length; k++) {
    let lo = indices[k - 1] as number;
    let hi = indices[k] as number;
    const sLo = s(lo);
    const sHi = s(hi);
    if (sLo === null || sHi === null || sLo === sHi) continue;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (s(mid) !== sLo) hi = mid;
      else lo = mid;
    }
    crossings.push(crossingAt(evaluator, points, hi, a, b, s(lo) ?? 0, s(hi) ?? 0));
  }
  return crossings;
}

/** Evenly spread grid indices over [0, n − 1], first and last included. @example gridIndices(10, 4) //=> [0, 3, 6, 9] */
export function gridIndices(n: number, gridPoints: number): number[] {
  if (n <= gridPoints) return Array.from({ length: n }, (_, i) => i);
  const set = new Set<number>();
  for (let k = 0; k < gridPoints; k++) set.add(Math.round((k * (n - 1)) / (gridPoints - 1)));
  return [...set].sort((x, y) => x - y);
}

/**
 * Break-even multipliers of every pair of candidate patterns over the scale breakpoints.
 * @example solveBreakEven(evaluator, scaleBreakpoints([4, 3, 2, 1], 10), ["ecs-fargate", "ecs-ec2"], [], {}).pairs[0].crossings
 */
export function solveBreakEven(
  evaluator: ScaleEvaluator,
  points: readonly Multiplier[],
  candidates: readonly PatternId[],
  skipped: BreakEvenResult["skipped"],
  options: SolverOptions,
): BreakEvenResult {
  const exact = points.length <= (options.exactScanLimit ?? EXACT_SCAN_LIMIT);
  const grid = exact ? undefined : gridIndices(points.length, options.gridPoints ?? 24);
  const ordered = PATTERN_IDS.filter((id) => candidates.includes(id));
  const pairs: PairBreakEven[] = [];
  const seeds = exact ? seedIndices(points, options.seedPoints ?? 20) : [];
  const totals = (index: number) => evaluator.at(points[index] as Multiplier).patterns;
  const solve = (a: PatternId, b: PatternId): Crossing[] =>
    exact
      ? boundedSwaps(totals, a, b, seeds).map((s) => crossingAt(evaluator, points, s.index, a, b, s.before, s.after))
      : solvePair(evaluator, points, a, b, grid);
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i] as PatternId;
      const b = ordered[j] as PatternId;
      pairs.push({ a, b, crossings: points.length > 1 ? solve(a, b) : [] });
    }
  }
  const first = points[0] ?? { num: 0, den: 1 };
  return {
    method: exact ? "exact-scan" : "bisection",
    searchedFrom: first,
    searchedTo: points[points.length - 1] ?? first,
    breakpoints: points.length,
    pairs,
    skipped,
  };
}
