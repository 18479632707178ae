import { buildExport, type CoreError, isCoreError, modelScenario, type PriceBook, type ScenarioInput } from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { addFieldError, formFieldOf, type FieldIssues } from "./field-errors";
import { tradeOffView } from "./analysis-view";
import { patternViews } from "./pattern-view";
import { toScenario } from "./to-scenario";
import type { CalculatorView, ExportJson } from "./view-types";

/** `excludedRows`: form rows left out of the priced scenario because of their own errors (see row-exclusion.ts). */
export type ViewResult = { view: CalculatorView | null; errors: FieldIssues; input?: ScenarioInput; excludedRows?: number[] };

/**
 * The core's one result for a scenario → the plain view. `complete: false` is the per-keystroke
 * run (a few ms: bills with constraints applied, ops, TCO, sensitivity, recommendation — no
 * break-even search, no scale curves: also the server's first paint); `complete: true` is the full
 * model (≈100–400 ms: the worker, after the first paint and after each change).
 */
export function modelView(input: unknown, book: PriceBook, complete: boolean, signal?: { readonly aborted: boolean }): CalculatorView {
  const result = modelScenario(input, book, complete ? (signal ? { signal } : {}) : { scale: false });
  const json: ExportJson = buildExport(result, "export-json");
  return {
    json,
    patterns: patternViews(result, json),
    tradeOffs: tradeOffView(result.constraints),
    // the review CSV comes with the full run only (web-exports.ts): building it per keystroke cost a
    // 200-service page ~25 ms of the worker's time and a third of the reply's structured clone
    csv: complete ? buildExport(result, "review-csv") : null,
    isComplete: complete,
  };
}

/**
 * The whole calculation behind the page: form state → scenario → the core's result → the view.
 * Never throws for bad input: errors come back keyed by form field. A row the form or the core
 * refuses is left out and the rest priced (issue 20 item 3): a core error naming a service row
 * excludes that row and the model runs again (at most once per row, so it ends).
 */
export function buildView(state: ScenarioState, book: PriceBook, options: { withAnalysis?: boolean } = {}): ViewResult {
  const scenario = toScenario(state);
  const errors: FieldIssues = { ...scenario.errors };
  let input = scenario.input;
  // The form row behind each service of `input`, in order.
  let rows = state.services.map((_, row) => row).filter((row) => !scenario.excludedRows.includes(row));
  while (input) {
    try {
      const view = modelView(input, book, options.withAnalysis ?? false);
      const excludedRows = state.services.map((_, row) => row).filter((row) => !rows.includes(row));
      return { view, errors, input, excludedRows };
    } catch (error) {
      if (!isCoreError(error)) throw error;
      const service = /^services\[(\d+)\](.*)$/.exec(error.field ?? "");
      const at = service ? Number(service[1]) : -1;
      const row = rows[at];
      // The core names the service by its index in `input`; the form's field is that row's.
      addCoreError(errors, formFieldOf(row === undefined ? (error.field ?? "") : `services[${row}]${service?.[2] ?? ""}`), error);
      if (row === undefined || rows.length === 1) return { view: null, errors };
      rows = rows.filter((kept) => kept !== row);
      input = { ...input, services: input.services.filter((_, index) => index !== at) };
    }
  }
  return { view: null, errors };
}

/** A core error on a form field: its code with parameters (`detail`) — error-messages.ts words it in the user's language. */
function addCoreError(errors: FieldIssues, field: string, error: CoreError): void {
  addFieldError(errors, field, "CORE_RULE", error.allowed?.length ? { allowed: error.allowed.slice(0, 12).join(", ") } : {}, error.detail);
}

/** The full model run for the deferred step (worker or main-thread fallback); null when the core refuses the input. */
export function buildCompleteView(input: ScenarioInput, book: PriceBook, signal?: { readonly aborted: boolean }): CalculatorView | null {
  try {
    return modelView(input, book, true, signal);
  } catch (error) {
    if (!isCoreError(error)) throw error;
    return null;
  }
}
