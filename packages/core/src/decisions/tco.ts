import type { CostLine } from "../lines/cost-line";
import { sumLines } from "../lines/cost-line";
import type { Decimal } from "../money/decimal";
import type { PatternEstimate, PatternId, PatternStatus } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate, Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import type { Scenario } from "../scenario/scenario-schema";
import { mapBand, type Band } from "../ops/bands";
import { orchestratorOf } from "../ops/drivers";
import { estimatePatternOps, type PatternOps } from "../ops/estimate-ops";
import type { OpsSettings } from "../ops/pattern-ops";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";
import { autoModeFeeLines } from "../resources/eks-auto-mode-fee";
import { EXTENDED_SUPPORT_LINE_ID, extendedSupportLine } from "./infra-adjustments";
import { upgradePaths, type UpgradePaths } from "./upgrade-paths";

/** Total cost of ownership of one pattern: infrastructure lines + ops lines, per band. */
export type PatternTco = {
  patternId: PatternId;
  label: string;
  status: PatternStatus;
  ruledOutReasons: string[];
  /** AWS lines (the comparison's) plus decision lines: the extended-support fee under that policy, the Auto Mode fee. Empty when ruled out. */
  infraLines: CostLine[];
  /** The lines of `infraLines` that the decision layer added (not in the comparison). */
  decisionLines: CostLine[];
  infraMonthlyUsd: Decimal | null;
  missingRates: MissingRate[];
  ops: PatternOps | null;
  monthlyUsd: Band | null;
  yearlyUsd: Band | null;
  threeYearUsd: Band | null;
  upgradePaths: UpgradePaths | null;
};

function infraLinesFor(pattern: PatternEstimate, scenario: Scenario, book: PriceBook, settings: OpsSettings): { lines: CostLine[]; missing: MissingRate[] } {
  const lines = [...pattern.lines];
  const missing = [...pattern.missingRates];
  const isEks = orchestratorOf(pattern.id) === "eks";
  if (isEks && settings.upgradePolicy === "stay-on-extended-support" && !lines.some((l) => l.id === EXTENDED_SUPPORT_LINE_ID)) {
    const surcharge = extendedSupportLine(scenario, book);
    if (surcharge.line) lines.push(surcharge.line);
    missing.push(...surcharge.missing);
  }
  if (pattern.id === "eks-ec2" && settings.eksAutoMode) {
    const fee = autoModeFeeLines(pattern.nodePlans, book, scenario.region);
    lines.push(...fee.lines);
    missing.push(...fee.missing);
  }
  return { lines, missing };
}

/**
 * TCO of one pattern: monthly = infrastructure + ops hours × rate; yearly × 12; 3 years × 36.
 * Ruled-out patterns carry their reasons and no figures.
 * @example patternTco(ecsFargate, scenario, book, settings, rate, "typical").monthlyUsd?.typical //=> infra + hours × rate
 */
export function patternTco(
  pattern: PatternEstimate, scenario: Scenario, book: PriceBook, settings: OpsSettings, rate: Rate, level: OpsLevel,
  options: { upgradePaths?: boolean } = {},
): PatternTco {
  const base = { patternId: pattern.id, label: pattern.label, ruledOutReasons: pattern.ruledOutReasons };
  if (pattern.status === "ruled-out") {
    return { ...base, status: "ruled-out", infraLines: [], decisionLines: [], infraMonthlyUsd: null, missingRates: [], ops: null, monthlyUsd: null, yearlyUsd: null, threeYearUsd: null, upgradePaths: null };
  }
  const infra = infraLinesFor(pattern, scenario, book, settings);
  const infraMonthlyUsd = sumLines(infra.lines);
  const ops = estimatePatternOps(scenario, pattern, settings, rate, level);
  const monthlyUsd = mapBand(ops.monthlyUsd, (opsUsd) => opsUsd.plus(infraMonthlyUsd));
  return {
    ...base,
    status: infra.missing.length > 0 ? "incomplete" : "priced",
    infraLines: infra.lines, decisionLines: infra.lines.slice(pattern.lines.length), infraMonthlyUsd, missingRates: infra.missing, ops, monthlyUsd,
    yearlyUsd: mapBand(monthlyUsd, (m) => m.times(MONTHS_PER_YEAR)),
    threeYearUsd: mapBand(monthlyUsd, (m) => m.times(MONTHS_PER_THREE_YEARS)),
    upgradePaths: orchestratorOf(pattern.id) === "eks" && options.upgradePaths !== false ? upgradePaths(pattern, scenario, book, settings, rate, level, infra.lines) : null,
  };
}
