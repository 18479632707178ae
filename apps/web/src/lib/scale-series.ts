import { Decimal, estimateScenario, parseDecimal, toDecimalString, PATTERN_IDS, type PatternId, type PriceBook, type ScenarioInput } from "@repo/core";
import type { BreakEven, ScalePoint } from "./view-types";

/** Scale factors applied to every service's task count: a quarter of today's load up to 16×. */
export const SCALE_FACTORS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/** Task count at a scale factor: whole tasks, at least one while the service runs at all. */
export function scaledTaskCount(taskCount: number, factor: number): number {
  return taskCount === 0 ? 0 : Math.max(1, Math.round(taskCount * factor));
}

/**
 * Monthly totals of every pattern at each scale factor, by pricing the scaled scenario with the
 * core (so node steps, minimums and shared extras behave exactly as in the main estimate).
 * Ruled-out patterns have no total at that point.
 */
export function scaleSeries(input: ScenarioInput, book: PriceBook, factors: readonly number[] = SCALE_FACTORS): ScalePoint[] {
  return factors.map((factor) => {
    const services = input.services.map((service) => ({ ...service, taskCount: scaledTaskCount(service.taskCount, factor) }));
    const comparison = estimateScenario({ ...input, services }, book);
    const totals: ScalePoint["totals"] = {};
    for (const pattern of comparison.patterns) {
      if (pattern.monthlyUsd !== null) totals[pattern.id] = toDecimalString(pattern.monthlyUsd);
    }
    return { factor, taskCount: services.reduce((sum, service) => sum + service.taskCount, 0), totals };
  });
}

function crossing(points: readonly ScalePoint[], a: PatternId, b: PatternId): BreakEven[] {
  // Samples where both patterns have a total, with the exact difference a − b.
  const samples = points.flatMap((point) => {
    const totalA = point.totals[a];
    const totalB = point.totals[b];
    if (totalA === undefined || totalB === undefined) return [];
    return [{ point, totalA: parseDecimal(totalA), diff: parseDecimal(totalA).minus(parseDecimal(totalB)) }];
  });
  const found: BreakEven[] = [];
  let previous: (typeof samples)[number] | undefined;
  let firstTie: (typeof samples)[number] | undefined;
  for (const sample of samples) {
    if (sample.diff.isZero()) {
      firstTie ??= sample;
      continue;
    }
    if (previous && previous.diff.isNegative() !== sample.diff.isNegative()) {
      const cheaperBelow = previous.diff.isNegative() ? a : b;
      const cheaperAbove = cheaperBelow === a ? b : a;
      if (firstTie) {
        // Exactly equal at a sampled scale.
        const at = firstTie.point.factor;
        found.push({ cheaperBelow, cheaperAbove, factor: at, monthlyUsd: toDecimalString(firstTie.totalA), between: [at, at] });
      } else {
        // Linear between the samples: t = dLeft / (dLeft − dRight) of the way from left to right.
        const t = previous.diff.div(previous.diff.minus(sample.diff));
        const left = previous.point.factor;
        const right = sample.point.factor;
        found.push({
          cheaperBelow, cheaperAbove,
          factor: new Decimal(left).plus(t.times(right - left)).toDecimalPlaces(3).toNumber(),
          monthlyUsd: toDecimalString(previous.totalA.plus(t.times(sample.totalA.minus(previous.totalA)))),
          between: [left, right],
        });
      }
    }
    previous = sample;
    firstTie = undefined;
  }
  return found;
}

/**
 * Break-even points: for each pair of patterns, where the cheaper one changes as the workload grows.
 * @example breakEvens(points) //=> [{ cheaperBelow: "ecs-fargate", cheaperAbove: "ecs-ec2", factor: 2.6, ... }]
 */
export function breakEvens(points: readonly ScalePoint[]): BreakEven[] {
  const result: BreakEven[] = [];
  PATTERN_IDS.forEach((a, i) => {
    for (const b of PATTERN_IDS.slice(i + 1)) result.push(...crossing(points, a, b));
  });
  return result.sort((x, y) => x.factor - y.factor);
}
