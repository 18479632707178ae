import { isCoreError, modelScenario, reviewCsv, toExportJson, type PriceBook, type ScenarioInput } from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { addFieldError, formFieldOf, type FieldIssues } from "./field-errors";
import { tradeOffView } from "./analysis-view";
import { patternViews } from "./pattern-view";
import { toScenario } from "./to-scenario";
import type { CalculatorView, ExportJson } from "./view-types";

export type ViewResult = { view: CalculatorView | null; errors: FieldIssues; input?: ScenarioInput };

/**
 * The core's one result for a scenario → the plain view. `complete: false` is the per-keystroke
 * run (a few ms: bills with constraints applied, ops, TCO, sensitivity, recommendation — no
 * break-even search, no scale curves: also the server's first paint); `complete: true` is the full
 * model (≈100–400 ms: the worker, after the first paint and after each change).
 */
export function modelView(input: unknown, book: PriceBook, complete: boolean): CalculatorView {
  const result = modelScenario(input, book, complete ? {} : { scale: false });
  const json: ExportJson = toExportJson(result);
  return {
    json,
    patterns: patternViews(result, json),
    tradeOffs: tradeOffView(result.constraints),
    csv: reviewCsv(result),
    isComplete: complete,
  };
}

/**
 * The whole calculation behind the page: form state → scenario → the core's result → the view.
 * Never throws for bad input: errors come back keyed by form field.
 */
export function buildView(state: ScenarioState, book: PriceBook, options: { withAnalysis?: boolean } = {}): ViewResult {
  const { input, errors } = toScenario(state);
  if (!input) return { view: null, errors };
  try {
    return { view: modelView(input, book, options.withAnalysis ?? false), errors, input };
  } catch (error) {
    if (!isCoreError(error)) throw error;
    const field = formFieldOf(error.field ?? "");
    const failed: FieldIssues = {};
    // The core's error is a code with parameters (`detail`): error-messages.ts words it in the user's language.
    addFieldError(
      failed,
      field,
      "CORE_RULE",
      error.allowed?.length ? { allowed: error.allowed.slice(0, 12).join(", ") } : {},
      error.detail,
    );
    return { view: null, errors: failed };
  }
}

/** The full model run for the deferred step (worker or main-thread fallback); null when the core refuses the input. */
export function buildCompleteView(input: ScenarioInput, book: PriceBook): CalculatorView | null {
  try {
    return modelView(input, book, true);
  } catch (error) {
    if (!isCoreError(error)) throw error;
    return null;
  }
}
