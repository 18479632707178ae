import type { PriceBook } from "../price-book/price-book";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { withConsumptionTax } from "./consumption-tax";
import { PATTERN_DESCRIPTORS } from "./descriptors";
import type { PatternEstimate } from "./pattern";

/**
 * Every pattern's bill, in PATTERN_IDS order: each descriptor's estimator, then — when the scenario asks —
 * Japan's consumption tax over its AWS lines. The one way to price the patterns (the baseline run and the
 * scaled runs of the break-even solver both call it), so no run can miss a line.
 */
export function estimateAllPatterns(scenario: Scenario, services: readonly ResolvedService[], book: PriceBook): PatternEstimate[] {
  return PATTERN_DESCRIPTORS.map((pattern) => withConsumptionTax(pattern.estimate({ pattern, scenario, services, book }), scenario));
}
