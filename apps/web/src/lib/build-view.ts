import { estimateScenario, isCoreError, toComparisonJson, type PriceBook } from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { addFieldError, formFieldOf, type FieldErrors } from "./field-errors";
import { patternView } from "./pattern-view";
import { recommend } from "./recommend";
import { breakEvens, scaleSeries } from "./scale-series";
import { toScenario } from "./to-scenario";
import type { CalculatorView } from "./view-types";

export type ViewResult = { view: CalculatorView | null; errors: FieldErrors };

/**
 * The whole calculation behind the page: form state → scenario → core estimate (+ the scale series
 * and break-evens) → the plain view. Runs on the server for the first paint and in the browser as
 * the user types. Never throws for bad input: errors come back keyed by form field.
 */
export function buildView(state: ScenarioState, book: PriceBook): ViewResult {
  const { input, errors } = toScenario(state);
  if (!input) return { view: null, errors };
  try {
    const comparison = estimateScenario(input, book);
    const patterns = comparison.patterns.map(patternView);
    const points = scaleSeries(input, book);
    return {
      view: {
        region: comparison.region,
        priceBook: { id: comparison.priceBook.id, asOf: comparison.priceBook.asOf },
        patterns,
        scale: { points, breakEvens: breakEvens(points) },
        recommendation: recommend(patterns),
        tradeOffs: null,
        comparisonJson: toComparisonJson(comparison),
      },
      errors,
    };
  } catch (error) {
    if (!isCoreError(error)) throw error;
    const field = formFieldOf(error.field ?? "");
    const allowed = error.allowed?.length ? ` (allowed: ${error.allowed.slice(0, 12).join(", ")})` : "";
    const failed: FieldErrors = {};
    addFieldError(failed, field, `${error.message.replace(/^\[core\] [A-Z_]+: /, "").replace(/ \(field: [^)]*\)/, "").replace(/; allowed: .*$/, "")}${allowed}`);
    return { view: null, errors: failed };
  }
}
