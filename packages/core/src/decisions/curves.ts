import type { ScaleEvaluator, ScalePoint } from "./evaluate-at-scale";
import { multiplier } from "./scale-workload";

/**
 * Cost-vs-scale curves for charts: the model at `points` evenly spaced multipliers k × max ÷ points
 * (k = 1 … points), each with infrastructure, ops and TCO per pattern (null when not priced).
 * @example scaleCurves(evaluator, 10, 20)[19].multiplier //=> { num: 10, den: 1 }
 */
export function scaleCurves(evaluator: ScaleEvaluator, maxMultiplier: number, points = 20): ScalePoint[] {
  return Array.from({ length: points }, (_, i) => evaluator.at(multiplier((i + 1) * maxMultiplier, points)));
}
