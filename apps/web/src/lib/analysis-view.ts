import {
  analyzeScenario, multiplierText, PATTERN_LABELS, toDecimalString, TRADE_OFF_MATRIX,
  type Analysis, type Constraint, type ConstraintRuleId, type PatternId, type PriceBook, type Recommendation as CoreRecommendation,
  type ScenarioInput, type SensitivityRow,
} from "@repo/core";
import type { DeferredAnalysis, Recommendation, SensitivityView, TradeOffMatrix } from "./view-types";

/** Which row of the core's trade-off matrix each constraint rule is about. */
const MATRIX_ROW_OF_RULE: Record<ConstraintRuleId, string> = {
  gpu: "gpus", "gpu-instance": "gpus", "task-above-fargate-max": "max-task-size", privileged: "os-access",
  windows: "windows", "eks-fargate-x86-only": "architecture", "daemon-sets": "daemon-sets", "spot-required": "spot", "spot-preferred": "spot",
};

/** The core's matrix, the constraints the workload triggered, and the cells they touch. */
export function tradeOffView(constraints: readonly Constraint[]): TradeOffMatrix {
  const triggered: Record<string, PatternId[]> = {};
  for (const c of constraints) {
    const row = MATRIX_ROW_OF_RULE[c.rule];
    triggered[row] = [...new Set([...(triggered[row] ?? []), ...c.patterns])];
  }
  return { rows: TRADE_OFF_MATRIX, constraints: [...constraints], triggered };
}

/** The core's recommendation → text and decimal strings (null when no pattern can run the workload). */
export function recommendationView(r: CoreRecommendation): Recommendation | null {
  if (!r.pattern || !r.monthlyUsd) return null;
  return {
    patternId: r.pattern, label: PATTERN_LABELS[r.pattern], level: r.level, monthlyUsd: toDecimalString(r.monthlyUsd),
    runnerUp: r.runnerUp && r.leadMonthlyUsd ? { patternId: r.runnerUp, label: PATTERN_LABELS[r.runnerUp], leadMonthlyUsd: toDecimalString(r.leadMonthlyUsd) } : null,
    cheapestByLevel: r.cheapestByLevel, reasons: r.reasons, wouldChange: r.wouldChange,
  };
}

/** Sensitivity rows that the model could evaluate, with the baseline-cheapest pattern's TCO at both ends. */
export function sensitivityView(rows: readonly SensitivityRow[]): SensitivityView[] {
  return rows.filter((r) => r.available).map((r) => {
    const at = (end: SensitivityRow["low"]) => {
      const tco = r.cheapestAtBaseline ? end.tcoUsd[r.cheapestAtBaseline] : undefined;
      return { value: toDecimalString(end.value), cheapest: end.cheapest, tcoUsd: tco ? toDecimalString(tco) : null };
    };
    return {
      id: r.id, label: r.label, unit: r.unit, baseline: toDecimalString(r.baseline), cheapestAtBaseline: r.cheapestAtBaseline,
      low: at(r.low), high: at(r.high),
      switchAbove: r.switchAbove ? { value: toDecimalString(r.switchAbove.value), to: r.switchAbove.to } : null,
      switchBelow: r.switchBelow ? { value: toDecimalString(r.switchBelow.value), to: r.switchBelow.to } : null,
    };
  });
}

/** The break-even part of an analysis as plain data. */
export function deferredView(analysis: Analysis): DeferredAnalysis {
  return {
    crossings: analysis.breakEven.pairs.flatMap((pair) => pair.crossings.map((c) => {
      const at = c.tcoUsd[c.cheaperAfter === "tie" ? pair.a : c.cheaperAfter];
      return {
        a: pair.a, b: pair.b, multiplier: multiplierText(c.multiplier), totalTasks: c.totalTasks, cheaperBefore: c.cheaperBefore, cheaperAfter: c.cheaperAfter,
        tcoUsd: at ? toDecimalString(at) : null,
      };
    })),
    curves: analysis.curves.map((point) => ({
      multiplier: multiplierText(point.multiplier), totalTasks: point.totalTasks,
      tcoUsd: Object.fromEntries(Object.entries(point.patterns).flatMap(([id, value]) => (value ? [[id, toDecimalString(value.tcoUsd)]] : []))),
    })),
    recommendation: recommendationView(analysis.recommendation),
    evaluations: analysis.evaluations,
  };
}

/**
 * The slow part (≈100–300 ms: the break-even solver prices the workload at every scale it can take):
 * the core's full `analyzeScenario`. The page runs it on the server for the first paint and in the
 * browser after the chart has been redrawn.
 */
export function buildDeferredAnalysis(input: ScenarioInput, book: PriceBook): DeferredAnalysis {
  return deferredView(analyzeScenario(input, book));
}
