import type { Comparison } from "../compare/estimate-scenario";
import { modelBills } from "../model/model-bills";
import type { PriceBook } from "../price-book/price-book";
import type { Rate } from "../price-book/rate";
import type { Scenario } from "../scenario/scenario-schema";
import { scenarioEngineerRate } from "../ops/engineer-rate";
import type { OpsSettings } from "../ops/pattern-ops";
import type { Constraint } from "./constraints";
import { patternTco, type PatternTco } from "./tco";

/** One evaluation of the whole model: the AWS comparison (constraints applied) and each pattern's TCO. */
export type ModelRun = {
  scenario: Scenario;
  comparison: Comparison;
  constraints: Constraint[];
  settings: OpsSettings;
  rate: Rate;
  tco: PatternTco[];
};

/**
 * Runs the real estimators and the ops model on one scenario. Used for the baseline and, with scaled
 * scenarios, by the break-even solver (which skips the upgrade-path side view: `upgradePaths: false`).
 * @example runModel(input, embeddedPriceBook()).tco[0].monthlyUsd?.typical
 */
export function runModel(input: unknown, book: PriceBook, options: { rate?: Rate; upgradePaths?: boolean } = {}): ModelRun {
  const { comparison, constraints, settings } = modelBills(input, book);
  const scenario = comparison.scenario;
  const rate = options.rate ?? scenarioEngineerRate(scenario);
  const tco = comparison.patterns.map((pattern) =>
    patternTco(pattern, scenario, book, settings, rate, scenario.ops.level, { upgradePaths: options.upgradePaths ?? true }),
  );
  return { scenario, comparison, constraints, settings, rate, tco };
}
