/**
 * The numbers the page must show, computed independently by calling the core directly (not through
 * the page's own view code): a form state → scenario → modelScenario (the one result) → exact monthly totals.
 */
import { embeddedPriceBook, formatUsd, modelScenario, toAnalysisJson, toDecimalString, type PatternId } from "@repo/core";
import type { ScenarioState } from "../src/lib/scenario-state";
import { toScenario } from "../src/lib/to-scenario";

export function expectedTotals(state: ScenarioState): Record<PatternId, { exact: string | null; display: string }> {
  const { input, errors } = toScenario(state);
  if (!input) throw new Error(`state has errors: ${JSON.stringify(errors)}`);
  const comparison = modelScenario(input, embeddedPriceBook(), { scale: false }).comparison;
  const result = {} as Record<PatternId, { exact: string | null; display: string }>;
  for (const pattern of comparison.patterns) {
    result[pattern.id] = {
      exact: pattern.monthlyUsd === null ? null : toDecimalString(pattern.monthlyUsd),
      display: pattern.monthlyUsd === null ? "—" : `${pattern.lowerBound ? "≥ " : ""}${formatUsd(pattern.monthlyUsd)}`,
    };
  }
  return result;
}

/** The core's own analysis of a form state (modelScenario → toAnalysisJson): TCO per pattern and the recommendation. */
export function expectedAnalysis(state: ScenarioState) {
  const { input, errors } = toScenario(state);
  if (!input) throw new Error(`state has errors: ${JSON.stringify(errors)}`);
  const json = toAnalysisJson(modelScenario(input, embeddedPriceBook()));
  return {
    level: json.tco.level,
    tco: Object.fromEntries(json.tco.patterns.map((p) => [p.id, p.monthlyUsd?.[json.tco.level] ?? null])) as Record<
      PatternId,
      string | null
    >,
    ops: Object.fromEntries(Object.entries(json.ops).map(([id, ops]) => [id, ops?.monthlyUsd[json.tco.level] ?? null])) as Record<
      PatternId,
      string | null
    >,
    recommendation: json.recommendation,
  };
}

/** The core's purchase summary of a pattern (upfront paid once, monthly recurring) for a form state. */
export function expectedPurchase(state: ScenarioState, pattern: PatternId) {
  const { input } = toScenario(state);
  const estimate = modelScenario(input, embeddedPriceBook(), { scale: false }).comparison.patterns.find((p) => p.id === pattern);
  return (estimate?.purchase ?? []).map((p) => ({
    label: p.label,
    upfrontUsd: toDecimalString(p.upfrontUsd),
    monthlyUsd: estimate?.monthlyUsd ? toDecimalString(estimate.monthlyUsd) : null,
  }));
}
