/**
 * The numbers the page must show, computed independently by calling the core directly (not through
 * the page's own view code): a form state → scenario → estimateScenario → exact monthly totals.
 */
import { embeddedPriceBook, estimateScenario, formatUsd, toDecimalString, type PatternId } from "@repo/core";
import type { ScenarioState } from "../src/lib/scenario-state";
import { toScenario } from "../src/lib/to-scenario";

export function expectedTotals(state: ScenarioState): Record<PatternId, { exact: string | null; display: string }> {
  const { input, errors } = toScenario(state);
  if (!input) throw new Error(`state has errors: ${JSON.stringify(errors)}`);
  const comparison = estimateScenario(input, embeddedPriceBook());
  const result = {} as Record<PatternId, { exact: string | null; display: string }>;
  for (const pattern of comparison.patterns) {
    result[pattern.id] = {
      exact: pattern.monthlyUsd === null ? null : toDecimalString(pattern.monthlyUsd),
      display: pattern.monthlyUsd === null ? "—" : formatUsd(pattern.monthlyUsd),
    };
  }
  return result;
}
