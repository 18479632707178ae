import type { CostLine } from "../lines/cost-line";
import type { Message } from "../messages/message";
import { sumLines } from "../lines/cost-line";
import type { Decimal } from "../money/decimal";
import type { PatternEstimate, PatternId, PatternStatus } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate, Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import type { Scenario } from "../scenario/scenario-schema";
import { mapBand, type Band } from "../ops/bands";
import { patternDescriptor } from "../patterns/descriptors";
import { opsDrivers } from "../ops/drivers";
import { estimatePatternOps, type PatternOps } from "../ops/estimate-ops";
import type { OpsSettings } from "../ops/pattern-ops";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";
import { upgradePaths, type UpgradePaths } from "./upgrade-paths";
import { memoEntry } from "../util/memo-entry";

/** Total cost of ownership of one pattern: infrastructure lines + ops lines, per band. */
export type PatternTco = {
  patternId: PatternId;
  label: string;
  status: PatternStatus;
  /** Why the pattern is ruled out, as codes + parameters (the estimate's `reasons`); `ruledOutReasons` is their English. */
  reasons: Message[];
  ruledOutReasons: string[];
  /** The pattern's AWS bill lines (every AWS charge, incl. the Auto Mode fee and extended support). Empty when ruled out. */
  infraLines: CostLine[];
  /** Sum of `infraLines`: a lower bound when `lowerBound`. */
  infraMonthlyUsd: Decimal | null;
  /** Rates are missing: every total here is a lower bound. */
  lowerBound: boolean;
  missingRates: MissingRate[];
  ops: PatternOps | null;
  monthlyUsd: Band | null;
  yearlyUsd: Band | null;
  threeYearUsd: Band | null;
  upgradePaths: UpgradePaths | null;
};

/**
 * The monthly figures of a pattern that is not ruled out: infrastructure = the sum of its lines, ops,
 * and TCO = ops + infrastructure per band. The one TCO rule: `patternTco` (the full result) and the
 * break-even solver's lean evaluator (evaluate-tco.ts) both call it; the lean one without the ops cost lines (`opsLines: false`).
 */
export function pricedTotals(
  pattern: PatternEstimate,
  scenario: Scenario,
  settings: OpsSettings,
  rate: Rate,
  level: OpsLevel,
  options: { opsLines?: boolean; opsMemo?: Map<string, PatternOps> } = {},
): { infraMonthlyUsd: Decimal; ops: PatternOps; monthlyUsd: Band } {
  // The estimate's total is already the sum of its lines (finishPattern, withConsumptionTax): not summed again.
  const infraMonthlyUsd = pattern.monthlyUsd ?? sumLines(pattern.lines);
  const ops = memoisedOps(options.opsMemo, scenario, pattern, () =>
    estimatePatternOps(scenario, pattern, settings, rate, level, { lines: options.opsLines !== false }),
  );
  return { infraMonthlyUsd, ops, monthlyUsd: mapBand(ops.monthlyUsd, (opsUsd) => opsUsd.plus(infraMonthlyUsd)) };
}

/**
 * Ops effort is a function of the pattern and its drivers alone (settings, rate and level are one analysis's):
 * the scaled runs of an analysis (evaluate-tco.ts) keep it per pattern and drivers, so a run whose node
 * count did not change reuses it.
 */
function memoisedOps(
  memo: Map<string, PatternOps> | undefined,
  scenario: Scenario,
  pattern: PatternEstimate,
  work: () => PatternOps,
): PatternOps {
  if (!memo) return work();
  const d = opsDrivers(scenario, pattern);
  const key = `${pattern.id}|${d.environments}|${d.services}|${d.nodes}|${d.nodeGroups}`;
  return memoEntry(memo, key, work);
}

/**
 * TCO of one pattern: monthly = infrastructure + ops hours × rate; yearly × 12; 3 years × 36.
 * Ruled-out patterns carry their reasons and no figures.
 * @example patternTco(ecsFargate, scenario, book, settings, rate, "typical").monthlyUsd?.typical //=> infra + hours × rate
 */
export function patternTco(
  pattern: PatternEstimate,
  scenario: Scenario,
  book: PriceBook,
  settings: OpsSettings,
  rate: Rate,
  level: OpsLevel,
  options: { upgradePaths?: boolean } = {},
): PatternTco {
  const base = { patternId: pattern.id, label: pattern.label, reasons: pattern.reasons, ruledOutReasons: pattern.ruledOutReasons };
  if (pattern.status === "ruled-out") {
    return {
      ...base,
      status: "ruled-out",
      infraLines: [],
      infraMonthlyUsd: null,
      lowerBound: false,
      missingRates: [],
      ops: null,
      monthlyUsd: null,
      yearlyUsd: null,
      threeYearUsd: null,
      upgradePaths: null,
    };
  }
  const { infraMonthlyUsd, ops, monthlyUsd } = pricedTotals(pattern, scenario, settings, rate, level);
  return {
    ...base,
    status: pattern.status,
    infraLines: pattern.lines,
    infraMonthlyUsd,
    lowerBound: pattern.lowerBound,
    missingRates: pattern.missingRates,
    ops,
    monthlyUsd,
    yearlyUsd: mapBand(monthlyUsd, (m) => m.times(MONTHS_PER_YEAR)),
    threeYearUsd: mapBand(monthlyUsd, (m) => m.times(MONTHS_PER_THREE_YEARS)),
    upgradePaths:
      patternDescriptor(pattern.id).orchestrator === "eks" && options.upgradePaths !== false
        ? upgradePaths(pattern, scenario, book, settings, rate, level, pattern.lines)
        : null,
  };
}
