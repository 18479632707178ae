import { toAnalysisJson } from "../decisions/analysis-json";
import type { ModelResult } from "../model/model-scenario";
import { toComparisonJson } from "./comparison-json";

/**
 * The one JSON export of a model result (`costcalc estimate --format json`, the web's JSON download):
 * the bills (scenario, region, priceSnapshot, patterns with lines and `lowerBound`) and the analysis
 * (ops, tco, breakEven, curves, sensitivity, tradeOffMatrix, constraints, recommendation,
 * assumptions), every amount an exact decimal string.
 * @example toModelJson(modelScenario(input, book)).patterns[0].lowerBound //=> false
 */
export function toModelJson(result: ModelResult) {
  return { ...toComparisonJson(result.comparison), ...toAnalysisJson(result) };
}
export type ModelJson = ReturnType<typeof toModelJson>;
