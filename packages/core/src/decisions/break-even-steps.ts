import { PATTERN_IDS, type PatternId } from "../patterns/pattern";
import { solveBreakEven, type BreakEvenResult, type Crossing, type SolverOptions } from "./break-even";
import type { ScaleEvaluator } from "./evaluate-at-scale";
import { midpoint, nextStep, scaleSteps, stepAtOrBelow, type ScaleSteps } from "./scale-steps";
import { compareMultipliers, multiplier, scaleBreakpoints, type Multiplier } from "./scale-workload";

/**
 * Above this many (count × max) candidate steps the breakpoints are never listed: the solver bisects on
 * the multiplier's VALUE over `ScaleSteps` instead of on an index into a list. Below it the listed
 * breakpoints are cheap and the index solver (and its exact scan) runs unchanged.
 */
export const ENUMERATION_LIMIT = 20_000;

type Evaluator = Pick<ScaleEvaluator, "at">;

const sign = (evaluator: Evaluator, m: Multiplier, a: PatternId, b: PatternId): number | null => {
  const at = evaluator.at(m).patterns;
  const x = at[a];
  const y = at[b];
  if (!x || !y) return null;
  const d = x.tcoUsd.minus(y.tcoUsd);
  return d.isZero() ? 0 : d.isPositive() ? 1 : -1;
};

/** Grid of about `gridPoints` breakpoints evenly spread in value over (0, max], first and last included. */
function valueGrid(steps: ScaleSteps, gridPoints: number): Multiplier[] {
  const grid: Multiplier[] = [steps.first];
  for (let k = 1; k < gridPoints; k += 1) {
    const snapped = stepAtOrBelow(steps, multiplier(k * steps.max, gridPoints - 1));
    const lastOne = grid[grid.length - 1] as Multiplier;
    if (snapped && compareMultipliers(snapped, lastOne) > 0) grid.push(snapped);
  }
  return grid;
}

/**
 * One pair's crossings: bracket sign changes of TCO(a) − TCO(b) between grid points, then bisect each
 * bracket on the value: the midpoint snapped down to a breakpoint (or, when that is the bracket's low
 * end, the next breakpoint). Every step halves the bracket or ends it, so a bracket takes at most
 * log2(max × 5000²) ≈ 32 model runs. Ends on adjacent breakpoints (nextStep(lo) = hi), a true change.
 */
export function solvePairOnSteps(
  evaluator: Evaluator,
  steps: ScaleSteps,
  grid: readonly Multiplier[],
  a: PatternId,
  b: PatternId,
): Crossing[] {
  const crossings: Crossing[] = [];
  const label = (s: number): PatternId | "tie" => (s === 0 ? "tie" : s < 0 ? a : b);
  for (let k = 1; k < grid.length; k += 1) {
    let lo = grid[k - 1] as Multiplier;
    let hi = grid[k] as Multiplier;
    const sLo = sign(evaluator, lo, a, b);
    const sHi = sign(evaluator, hi, a, b);
    if (sLo === null || sHi === null || sLo === sHi) continue;
    for (;;) {
      const after = nextStep(steps, lo) as Multiplier;
      if (compareMultipliers(after, hi) >= 0) break;
      const snapped = stepAtOrBelow(steps, midpoint(lo, hi)) as Multiplier;
      const mid = compareMultipliers(snapped, lo) > 0 ? snapped : after;
      if (sign(evaluator, mid, a, b) !== sLo) hi = mid;
      else lo = mid;
    }
    const point = evaluator.at(hi);
    crossings.push({
      multiplier: point.multiplier,
      previous: lo,
      totalTasks: point.totalTasks,
      cheaperBefore: label(sign(evaluator, lo, a, b) ?? 0),
      cheaperAfter: label(sign(evaluator, hi, a, b) ?? 0),
      tcoUsd: { [a]: point.patterns[a]?.tcoUsd, [b]: point.patterns[b]?.tcoUsd } as Crossing["tcoUsd"],
    });
  }
  return crossings;
}

export type ScaleSolverOptions = SolverOptions & { enumerationLimit?: number };

/**
 * Break-evens over every service's taskCount × m, m in (0, max]. Small workloads list their
 * breakpoints (the index solver: exact scan up to EXACT_SCAN_LIMIT = 240 points, else grid + bisection); large ones are
 * solved on `ScaleSteps` without ever listing them.
 * @example solveBreakEvenAtScale(evaluator, [150000], 100, ["ecs-fargate", "ecs-ec2"], [], {}).breakpoints //=> 15000000 (never listed)
 */
export function solveBreakEvenAtScale(
  evaluator: ScaleEvaluator,
  taskCounts: readonly number[],
  max: number,
  candidates: readonly PatternId[],
  skipped: BreakEvenResult["skipped"],
  options: ScaleSolverOptions,
): BreakEvenResult {
  const steps = scaleSteps(taskCounts, max);
  const listed = steps.counts.reduce((sum, t) => sum + t * max, 0);
  if (listed <= (options.enumerationLimit ?? ENUMERATION_LIMIT)) {
    return solveBreakEven(evaluator, scaleBreakpoints(taskCounts, max), candidates, skipped, options);
  }
  const grid = valueGrid(steps, options.gridPoints ?? 24);
  const ordered = PATTERN_IDS.filter((id) => candidates.includes(id));
  const pairs: BreakEvenResult["pairs"] = [];
  for (let i = 0; i < ordered.length; i += 1) {
    for (let j = i + 1; j < ordered.length; j += 1) {
      const a = ordered[i] as PatternId;
      const b = ordered[j] as PatternId;
      pairs.push({ a, b, crossings: solvePairOnSteps(evaluator, steps, grid, a, b) });
    }
  }
  return { method: "bisection", searchedFrom: steps.first, searchedTo: steps.last, breakpoints: steps.size, pairs, skipped };
}
