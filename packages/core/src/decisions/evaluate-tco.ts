import type { Decimal } from "../money/decimal";
import { estimateAllPatterns } from "../patterns/estimate-all";
import { PATTERN_IDS, type PatternEstimate, type PatternId } from "../patterns/pattern";
import type { PatternReuse } from "../patterns/pattern-reuse";
import type { PriceBook } from "../price-book/price-book";
import type { Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import { resolveService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import type { PatternOps } from "../ops/estimate-ops";
import type { OpsSettings } from "../ops/pattern-ops";
import type { SharedLinesMemo } from "../patterns/shared-lines-memo";
import { evaluateConstraints } from "./constraints";
import type { FargateTotals } from "./fargate-totals";
import { pricedTotals } from "./tco";

/** One pattern's monthly figures at the headline band. */
export type PatternTotals = { infraUsd: Decimal; opsUsd: Decimal; tcoUsd: Decimal };

/** What stays the same between the scaled runs of one analysis: worked out once (issue 19). */
export type TcoContext = {
  book: PriceBook;
  settings: OpsSettings;
  rate: Rate;
  level: OpsLevel;
  /** The shared lines no task count changes, kept between the scaled runs of this analysis (patterns/shared-lines-memo.ts). */
  sharedLines?: SharedLinesMemo;
  /** Each pattern's ops effort per drivers (node count, node groups), kept between the scaled runs (tco.ts `pricedTotals`). */
  opsMemo?: Map<string, PatternOps>;
  /** ECS and EKS on Fargate priced per scale from one learnt run (fargate-totals.ts). */
  fargate?: FargateTotals;
  /** The EC2-backed patterns' estimates per node-plan signature, kept between the scaled runs (patterns/pattern-reuse.ts). */
  reuse?: PatternReuse;
  /** Each reused estimate's totals: a function of the estimate alone within one analysis (`pricedTotals`). */
  totalsMemo?: WeakMap<PatternEstimate, PatternTotals>;
};

/**
 * The TCO-only evaluation of the break-even solver and the curves: each pattern's monthly
 * infrastructure, ops and TCO on a scenario DERIVED from an already validated one (a scaled copy:
 * same services, other task counts), null when the pattern is not priced there.
 * It runs the very pricing step (`estimateAllPatterns`: the estimators, then the consumption tax),
 * constraints and TCO rule (`pricedTotals`) of `runModel`, and leaves out
 * only what a total does not need: re-validation and the input checks (region, names), the
 * constraint-applied copy of the comparison, the prices gap and not-estimated lists, yearly and 3-year
 * figures, the ops cost lines, and the upgrade-path side view. Ops settings and the engineer rate depend on `ops`, `eks`
 * and `reporting` alone, which scaling keeps, so the caller resolves them once. evaluate-tco.test.ts checks the
 * totals against `runModel` on random scenarios and scales.
 * @example tcoAtScale(scaleScenario(scenario, multiplier(2, 1)), context)["ecs-fargate"]?.tcoUsd //=> runModel(…).tco[0].monthlyUsd.typical
 */
export function tcoAtScale(scenario: Scenario, context: TcoContext): Record<PatternId, PatternTotals | null> {
  const { book, settings, rate, level, sharedLines, opsMemo, fargate, reuse, totalsMemo } = context;
  const services = scenario.services.map(resolveService);
  // The Fargate patterns with a learnt plan are priced without their estimator (fargate-totals.ts).
  const fast = new Map<PatternId, PatternTotals>();
  for (const id of fargate?.ready() ?? []) {
    const got = fargate?.at(id, scenario);
    if (got) fast.set(id, got);
  }
  const skip = new Set(fast.keys());
  const patterns = estimateAllPatterns(scenario, services, book, {
    totalsOnly: true,
    skip,
    ...(sharedLines ? { sharedLines } : {}),
    ...(reuse ? { reuse } : {}),
  });
  // Ruling out reads the scenario and the EC2 patterns' node plans only (a Fargate estimate has none).
  const ruledOut = new Set<PatternId>();
  for (const c of evaluateConstraints(scenario, services, patterns)) {
    if (c.effect === "rules-out") for (const id of c.patterns) ruledOut.add(id);
  }
  const totals = {} as Record<PatternId, PatternTotals | null>;
  for (const id of PATTERN_IDS) {
    const known = fast.get(id);
    if (known) totals[id] = ruledOut.has(id) ? null : known;
  }
  for (const pattern of patterns) {
    if (pattern.status !== "priced" || ruledOut.has(pattern.id)) {
      totals[pattern.id] = null;
    } else {
      let known = totalsMemo?.get(pattern);
      if (!known) {
        const priced = pricedTotals(pattern, scenario, settings, rate, level, { opsLines: false, ...(opsMemo ? { opsMemo } : {}) });
        known = { infraUsd: priced.infraMonthlyUsd, opsUsd: priced.ops.monthlyUsd[level], tcoUsd: priced.monthlyUsd[level] };
        totalsMemo?.set(pattern, known);
      }
      totals[pattern.id] = known;
    }
    if (fargate?.wants(pattern.id)) fargate.learn(pattern.id, pattern, services, totals[pattern.id] ?? null);
  }
  // PATTERN_IDS order, as the estimators return them.
  return Object.fromEntries(PATTERN_IDS.map((id) => [id, totals[id] ?? null])) as Record<PatternId, PatternTotals | null>;
}
