import type { PatternId } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { Scenario } from "../scenario/scenario-schema";
import { resolveOpsSettings } from "../ops/ops-settings";
import { scenarioEngineerRate } from "../ops/engineer-rate";
import { FargateTotals } from "./fargate-totals";
import { tcoAtScale, type PatternTotals, type TcoContext } from "./evaluate-tco";
import { scaledTaskCount, scaleScenario, type Multiplier } from "./scale-workload";

/** One pattern at one scale: infrastructure, ops and TCO per month at the headline band; null when not priced. */
export type ScalePoint = {
  multiplier: Multiplier;
  totalTasks: number;
  patterns: Record<PatternId, PatternTotals | null>;
};

/** What `AnalyzeOptions.signal` reads: an AbortSignal fits. */
export type AbortFlag = { readonly aborted: boolean; readonly reason?: unknown };

/** The signal's reason, or the platform's AbortError (what fetch and friends throw). */
function abortError(signal: AbortFlag): unknown {
  return signal.reason ?? new DOMException("the analysis was aborted", "AbortError");
}

/**
 * A memoised evaluator of the real estimators at workload multipliers (the solver and the curves share
 * it, so each distinct workload is priced once). The memo is keyed by the scaled task counts, not by the
 * multiplier: ceil(taskCount × m) is constant between two breakpoints, so a curve point between
 * breakpoints (k × max ÷ 20) reuses the run of the breakpoint at or above it — the same scaled scenario,
 * the same figures (scaleScenario changes nothing else). `evaluations` counts model runs. Each run is the
 * TCO-only path (`tcoAtScale`); the ops settings and rate are resolved once, here.
 * @example new ScaleEvaluator(scenario, book).at({ num: 2, den: 1 }).totalTasks //=> twice the tasks
 */
export class ScaleEvaluator {
  private readonly cache = new Map<string, ScalePoint>();
  evaluations = 0;
  private readonly context: TcoContext;

  constructor(
    readonly scenario: Scenario,
    readonly book: PriceBook,
    /** Checked before each new scaled run (one flag read per run: ~0.1–5 ms of model each). */
    private readonly signal?: AbortFlag,
  ) {
    this.context = {
      book,
      settings: resolveOpsSettings(scenario),
      rate: scenarioEngineerRate(scenario),
      level: scenario.ops.level,
      sharedLines: new Map(),
      opsMemo: new Map(),
      fargate: new FargateTotals(scenario, book),
      reuse: new Map(),
      totalsMemo: new WeakMap(),
    };
  }

  at(m: Multiplier): ScalePoint {
    const key = this.scenario.services.map((s) => scaledTaskCount(s.taskCount, m)).join(",");
    const hit = this.cache.get(key);
    if (hit) return hit.multiplier.num === m.num && hit.multiplier.den === m.den ? hit : { ...hit, multiplier: m };
    if (this.signal?.aborted) throw abortError(this.signal);
    const scaled = scaleScenario(this.scenario, m);
    const patterns = tcoAtScale(scaled, this.context);
    this.evaluations += 1;
    const point = { multiplier: m, totalTasks: scaled.services.reduce((n, s) => n + s.taskCount, 0), patterns };
    this.cache.set(key, point);
    return point;
  }
}
