import type { Comparison } from "../compare/estimate-scenario";
import { renderMessage } from "../messages/english";
import { message } from "../messages/message";
import type { PatternId } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import type { PatternOps } from "../ops/estimate-ops";
import { listAssumptions, type Assumption } from "./assumptions";
import type { BreakEvenResult } from "./break-even";
import { solveBreakEvenAtScale, type ScaleSolverOptions } from "./break-even-steps";
import type { AbortFlag } from "./evaluate-at-scale";
import type { Constraint } from "./constraints";
import { scaleCurves } from "./curves";
import { ScaleEvaluator, type ScalePoint } from "./evaluate-at-scale";
import { recommend, type Recommendation } from "./recommendation";
import { runModel } from "./run-model";
import { sensitivity, type SensitivityRow } from "./sensitivity";
import type { PatternTco } from "./tco";
import { TRADE_OFF_MATRIX, type TradeOffRow } from "./trade-off-matrix";

/** Everything a budget review needs beyond the AWS bill (issue 6). */
export type Analysis = {
  /** The AWS comparison with workload constraints applied (ruled-out patterns carry reasons, no totals). */
  comparison: Comparison;
  level: OpsLevel;
  rate: Rate;
  ops: Record<PatternId, PatternOps | null>;
  tco: PatternTco[];
  breakEven: BreakEvenResult;
  curves: ScalePoint[];
  sensitivity: SensitivityRow[];
  tradeOffMatrix: readonly TradeOffRow[];
  constraints: Constraint[];
  recommendation: Recommendation;
  assumptions: Assumption[];
  /** Model runs made (baseline + scaled workloads): the cost of the break-even search. */
  evaluations: number;
};

/**
 * `scale: false` skips the break-even search and the cost-vs-scale curves (breakEven then has no
 * breakpoints and no crossings, curves are empty, one evaluation): everything else is the same
 * result. The web prices every keystroke this way (a few ms) and runs the full search after paint.
 */
export type AnalyzeOptions = {
  solver?: ScaleSolverOptions;
  curvePoints?: number;
  scale?: boolean;
  /**
   * Stops the break-even search and the curves between two scaled runs once `aborted` is true (an
   * AbortSignal, or any object whose `aborted` a caller flips — the web's worker reads a flag the page
   * sets when the input changes, so a search for a superseded state stops instead of taking a CPU
   * from the next keystroke): the call then throws the signal's `reason`, or an "AbortError" DOMException.
   */
  signal?: AbortFlag;
};

/**
 * Prices a scenario on all four patterns (the real estimators), adds ops effort, and derives TCO,
 * break-even scales, cost-vs-scale curves, sensitivity, constraints and a recommendation.
 * @param input an unvalidated scenario (bad input throws a CoreError naming the field)
 * @example analyzeScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] }, book)
 *   .recommendation.pattern //=> "ecs-fargate"
 */
export function analyzeScenario(input: unknown, book: PriceBook, options: AnalyzeOptions = {}): Analysis {
  const run = runModel(input, book);
  const level = run.scenario.ops.level;
  const evaluator = new ScaleEvaluator(run.scenario, book, options.signal);
  // No task counts = no breakpoints: `scale: false` skips the search and the curves.
  const taskCounts = options.scale === false ? [] : run.scenario.services.map((s) => s.taskCount);
  const candidates = run.tco.filter((t) => t.status === "priced").map((t) => t.patternId);
  const skipped = run.tco
    .filter((t) => t.status !== "priced")
    .map((t) => {
      const why =
        t.status === "ruled-out"
          ? message("BREAK_EVEN_SKIPPED_RULED_OUT")
          : message("BREAK_EVEN_SKIPPED_INCOMPLETE", { usages: t.missingRates.map((m) => m.usage).join(", ") });
      return { pattern: t.patternId, reason: renderMessage(why), message: why };
    });
  const breakEven = solveBreakEvenAtScale(evaluator, taskCounts, run.scenario.ops.maxScaleMultiplier, candidates, skipped, {
    seedPoints: options.curvePoints ?? 20,
    ...options.solver,
  });
  const curves = breakEven.breakpoints > 0 ? scaleCurves(evaluator, run.scenario.ops.maxScaleMultiplier, options.curvePoints ?? 20) : [];
  const rows = sensitivity(run, book);
  return {
    comparison: run.comparison,
    level,
    rate: run.rate,
    ops: Object.fromEntries(run.tco.map((t) => [t.patternId, t.ops])) as Record<PatternId, PatternOps | null>,
    tco: run.tco,
    breakEven,
    curves,
    sensitivity: rows,
    tradeOffMatrix: TRADE_OFF_MATRIX,
    constraints: run.constraints,
    recommendation: recommend(run.tco, level, run.constraints, breakEven, rows),
    assumptions: listAssumptions(run),
    evaluations: evaluator.evaluations + 1,
  };
}
