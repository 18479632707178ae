import { toDecimalString, type Decimal } from "../money/decimal";
import { OPS_LEVELS } from "../scenario/ops-schema";
import type { Band } from "../ops/bands";
import type { PatternOps } from "../ops/estimate-ops";
import { lineToJson } from "../serialize/comparison-json";
import type { Analysis } from "./analyze-scenario";
import type { Crossing } from "./break-even";
import type { ScalePoint } from "./evaluate-at-scale";
import { multiplierText, type Multiplier } from "./scale-workload";
import type { SensitivityEnd, SensitivityRow } from "./sensitivity";
import type { PatternTco } from "./tco";
import type { UpgradePath, UpgradePaths } from "./upgrade-paths";

const dec = (value: Decimal): string => toDecimalString(value);
const band = (value: Band) => Object.fromEntries(OPS_LEVELS.map((l) => [l, dec(value[l])])) as Record<"low" | "typical" | "high", string>;
const mult = (m: Multiplier) => ({ value: multiplierText(m), fraction: `${m.num}/${m.den}` });
const record = <T>(value: Partial<Record<string, Decimal>>, fn: (d: Decimal) => T) =>
  Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v ? [[k, fn(v)]] : [])));

function opsToJson(ops: PatternOps) {
  return {
    drivers: ops.drivers,
    engineerHourlyUsd: ops.rate.priceUsd,
    rateSource: ops.rate.sourceId,
    hoursPerMonth: band(ops.hoursPerMonth),
    monthlyUsd: band(ops.monthlyUsd),
    activities: ops.activities.map((a) => ({
      id: a.id,
      label: a.label,
      labelMessage: a.labelMessage,
      reason: a.reason,
      reasonMessage: a.reasonMessage,
      sources: a.sources,
      sourcesMessage: a.sourcesMessage,
      overridden: a.overridden,
      baseHours: band(a.baseHours),
      hours: band(a.hours),
      rules: a.rules,
      ruleMessages: a.ruleMessages,
    })),
    lines: ops.lines.map((line) => lineToJson(line)),
  };
}

const pathToJson = (p: UpgradePath) => ({
  policy: p.policy,
  upgradeHours: band(p.upgradeHours),
  surchargeMonthlyUsd: dec(p.surchargeMonthlyUsd),
  monthlyUsd: band(p.monthlyUsd),
});
const pathsToJson = (u: UpgradePaths) => ({
  chosen: u.chosen,
  clusters: u.clusters,
  upgrade: pathToJson(u.upgrade),
  extendedSupport: u.extendedSupport ? pathToJson(u.extendedSupport) : null,
  breakEvenAvoidedHoursPerMonth: u.breakEvenAvoidedHoursPerMonth ? dec(u.breakEvenAvoidedHoursPerMonth) : null,
  note: u.note,
  noteMessage: u.noteMessage,
});

function tcoToJson(t: PatternTco) {
  return {
    id: t.patternId,
    label: t.label,
    status: t.status,
    ruledOutReasons: t.ruledOutReasons,
    infraMonthlyUsd: t.infraMonthlyUsd ? dec(t.infraMonthlyUsd) : null,
    lowerBound: t.lowerBound,
    monthlyUsd: t.monthlyUsd ? band(t.monthlyUsd) : null,
    yearlyUsd: t.yearlyUsd ? band(t.yearlyUsd) : null,
    threeYearUsd: t.threeYearUsd ? band(t.threeYearUsd) : null,
    missingRates: t.missingRates,
    upgradePaths: t.upgradePaths ? pathsToJson(t.upgradePaths) : null,
  };
}

const crossingToJson = (c: Crossing) => ({
  multiplier: mult(c.multiplier),
  previous: mult(c.previous),
  totalTasks: c.totalTasks,
  cheaperBefore: c.cheaperBefore,
  cheaperAfter: c.cheaperAfter,
  tcoUsd: record(c.tcoUsd, dec),
});
const pointToJson = (p: ScalePoint) => ({
  multiplier: mult(p.multiplier),
  totalTasks: p.totalTasks,
  patterns: Object.fromEntries(
    Object.entries(p.patterns).map(([id, v]) => [
      id,
      v ? { infraUsd: dec(v.infraUsd), opsUsd: dec(v.opsUsd), tcoUsd: dec(v.tcoUsd) } : null,
    ]),
  ),
});
const endToJson = (e: SensitivityEnd) => ({
  value: dec(e.value),
  cheapest: e.cheapest,
  leadUsd: e.leadUsd ? dec(e.leadUsd) : null,
  tcoUsd: record(e.tcoUsd, dec),
  deltaUsd: e.deltaUsd ? dec(e.deltaUsd) : null,
});
const rowToJson = (r: SensitivityRow) => ({
  id: r.id,
  label: r.label,
  unit: r.unit,
  basis: r.basis,
  labelMessage: r.labelMessage,
  unitMessage: r.unitMessage,
  basisMessage: r.basisMessage,
  valueFormat: r.valueFormat,
  available: r.available,
  baseline: dec(r.baseline),
  domain: { low: dec(r.domain.low), high: dec(r.domain.high) },
  cheapestAtBaseline: r.cheapestAtBaseline,
  low: endToJson(r.low),
  high: endToJson(r.high),
  switchAbove: r.switchAbove ? { value: dec(r.switchAbove.value), to: r.switchAbove.to } : null,
  switchBelow: r.switchBelow ? { value: dec(r.switchBelow.value), to: r.switchBelow.to } : null,
});

/**
 * The analysis as stable JSON (exact decimal strings), added next to the comparison's keys by the CLI.
 * @example toAnalysisJson(analysis).recommendation.pattern //=> "ecs-fargate"
 */
export function toAnalysisJson(analysis: Analysis) {
  const r = analysis.recommendation;
  return {
    ops: Object.fromEntries(Object.entries(analysis.ops).map(([id, ops]) => [id, ops ? opsToJson(ops) : null])),
    tco: { level: analysis.level, patterns: analysis.tco.map(tcoToJson) },
    breakEven: {
      method: analysis.breakEven.method,
      breakpoints: analysis.breakEven.breakpoints,
      evaluations: analysis.evaluations,
      searchedFrom: mult(analysis.breakEven.searchedFrom),
      searchedTo: mult(analysis.breakEven.searchedTo),
      skipped: analysis.breakEven.skipped,
      pairs: analysis.breakEven.pairs.map((p) => ({ a: p.a, b: p.b, crossings: p.crossings.map(crossingToJson) })),
    },
    curves: analysis.curves.map(pointToJson),
    sensitivity: analysis.sensitivity.map(rowToJson),
    tradeOffMatrix: analysis.tradeOffMatrix,
    constraints: analysis.constraints,
    recommendation: {
      pattern: r.pattern,
      level: r.level,
      monthlyUsd: r.monthlyUsd ? dec(r.monthlyUsd) : null,
      runnerUp: r.runnerUp,
      leadMonthlyUsd: r.leadMonthlyUsd ? dec(r.leadMonthlyUsd) : null,
      cheapestByLevel: r.cheapestByLevel,
      reasons: r.reasons,
      wouldChange: r.wouldChange,
      reasonMessages: r.reasonMessages,
      wouldChangeMessages: r.wouldChangeMessages,
    },
    assumptions: analysis.assumptions,
  };
}
export type AnalysisJson = ReturnType<typeof toAnalysisJson>;
