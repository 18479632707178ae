import type { Decimal } from "../money/decimal";
import type { PatternId } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { Scenario } from "../scenario/scenario-schema";
import { runModel } from "./run-model";
import { multiplierKey, scaleScenario, type Multiplier } from "./scale-workload";

/** One pattern at one scale: infrastructure, ops and TCO per month at the headline band; null when not priced. */
export type ScalePoint = {
  multiplier: Multiplier;
  totalTasks: number;
  patterns: Record<PatternId, { infraUsd: Decimal; opsUsd: Decimal; tcoUsd: Decimal } | null>;
};

/**
 * A memoised evaluator of the real estimators at workload multipliers (the solver and the curves share
 * it, so each distinct workload is priced once). `evaluations` counts model runs.
 * @example new ScaleEvaluator(scenario, book).at({ num: 2, den: 1 }).totalTasks //=> twice the tasks
 */
export class ScaleEvaluator {
  private readonly cache = new Map<string, ScalePoint>();
  evaluations = 0;

  constructor(
    readonly scenario: Scenario,
    readonly book: PriceBook,
  ) {}

  at(m: Multiplier): ScalePoint {
    const key = multiplierKey(m);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const scaled = scaleScenario(this.scenario, m);
    const run = runModel(scaled, this.book, { upgradePaths: false });
    this.evaluations += 1;
    const level = this.scenario.ops.level;
    const patterns = Object.fromEntries(
      run.tco.map((t) => [
        t.patternId,
        t.monthlyUsd && t.infraMonthlyUsd && t.ops && t.status === "priced"
          ? { infraUsd: t.infraMonthlyUsd, opsUsd: t.ops.monthlyUsd[level], tcoUsd: t.monthlyUsd[level] }
          : null,
      ]),
    ) as ScalePoint["patterns"];
    const point = { multiplier: m, totalTasks: scaled.services.reduce((n, s) => n + s.taskCount, 0), patterns };
    this.cache.set(key, point);
    return point;
  }
}
