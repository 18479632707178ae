import {
  isCoreError, recommend as coreRecommend, runModel, sensitivity, toComparisonJson,
  type BreakEvenResult, type PriceBook, type ScenarioInput,
} from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { addFieldError, formFieldOf, type FieldErrors } from "./field-errors";
import { buildDeferredAnalysis, recommendationView, sensitivityView, tradeOffView } from "./analysis-view";
import { patternView } from "./pattern-view";
import { breakEvens, scaleSeries } from "./scale-series";
import { toScenario } from "./to-scenario";
import type { CalculatorView, DeferredAnalysis } from "./view-types";

export type ViewResult = { view: CalculatorView | null; errors: FieldErrors; input?: ScenarioInput };

/** No break-even searched yet: the recommendation is the same, its "would change" lacks scale crossings. */
const NOT_SEARCHED: BreakEvenResult = { method: "exact-scan", breakpoints: 0, searchedFrom: { num: 1, den: 1 }, searchedTo: { num: 1, den: 1 }, pairs: [], skipped: [] };
/** The core's fallback text when nothing would change the answer: only true once the scale was searched. */
const NOTHING_FOUND = "nothing in the searched ranges";

/**
 * The whole fast calculation behind the page: form state → scenario → the core's model run (the
 * four estimators with constraints applied, ops effort and TCO per pattern), sensitivity and the
 * recommendation, + the AWS cost-vs-scale series → the plain view. A few ms: runs on every input.
 * The break-even solver (`analysis`) is left null unless `withAnalysis` (server: first paint).
 * Never throws for bad input: errors come back keyed by form field.
 */
export function buildView(state: ScenarioState, book: PriceBook, options: { withAnalysis?: boolean } = {}): ViewResult {
  const { input, errors } = toScenario(state);
  if (!input) return { view: null, errors };
  try {
    const run = runModel(input, book);
    const rows = sensitivity(run, book);
    const tcoOf = new Map(run.tco.map((t) => [t.patternId, t]));
    const patterns = run.comparison.patterns.map((p) => patternView(p, tcoOf.get(p.id)));
    const points = scaleSeries(input, book);
    const level = run.scenario.ops.level;
    const quick = recommendationView(coreRecommend(run.tco, level, run.constraints, NOT_SEARCHED, rows));
    if (quick) quick.wouldChange = quick.wouldChange.filter((text) => !text.startsWith(NOTHING_FOUND));
    const analysis: DeferredAnalysis | null = options.withAnalysis ? buildDeferredAnalysis(input, book) : null;
    return {
      view: {
        region: run.comparison.region,
        priceBook: { id: run.comparison.priceBook.id, asOf: run.comparison.priceBook.asOf },
        patterns,
        scale: { points, breakEvens: breakEvens(points) },
        opsLevel: level,
        engineerRate: { usdPerHour: run.rate.priceUsd, sourceId: run.rate.sourceId },
        recommendation: analysis ? analysis.recommendation : quick,
        tradeOffs: tradeOffView(run.constraints),
        sensitivity: sensitivityView(rows),
        analysis,
        comparisonJson: toComparisonJson(run.comparison),
      },
      errors,
      input,
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

/** The view with the deferred break-even analysis merged in (its recommendation has the scale crossings). */
export function withAnalysis(view: CalculatorView, analysis: DeferredAnalysis): CalculatorView {
  return { ...view, analysis, recommendation: analysis.recommendation };
}
