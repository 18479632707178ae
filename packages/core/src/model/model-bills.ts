import { estimateScenario, type Comparison } from "../compare/estimate-scenario";
import { applyConstraints } from "../decisions/apply-constraints";
import { evaluateConstraints, type Constraint } from "../decisions/constraints";
import { resolveOpsSettings } from "../ops/ops-settings";
import type { OpsSettings } from "../ops/pattern-ops";
import type { PriceBook } from "../price-book/price-book";
import { resolveService } from "../scenario/resolve-service";

/** The bills of the one model: every pattern priced, then the workload's constraints applied. */
export type ModelBills = { comparison: Comparison; constraints: Constraint[]; settings: OpsSettings };

/**
 * The first step of `modelScenario` (and all a portfolio needs): the four bills with constraints
 * applied — a pattern the workload cannot run is ruled out with its reasons and never priced.
 * @example modelBills({ ...input, ops: { workload: { privileged: true } } }, book).comparison.patterns[0].status //=> "ruled-out"
 */
export function modelBills(input: unknown, book: PriceBook): ModelBills {
  const raw = estimateScenario(input, book);
  const scenario = raw.scenario;
  const settings = resolveOpsSettings(scenario);
  const constraints = evaluateConstraints(scenario, scenario.services.map(resolveService), raw.patterns);
  return { comparison: applyConstraints(raw, constraints), constraints, settings };
}
