import type { Comparison } from "../compare/estimate-scenario";
import type { CostLine } from "../lines/cost-line";
import { toDecimalString } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";

/**
 * The stable JSON form of a comparison: every amount an exact decimal string (unrounded), every
 * line with its rate's provenance. The CLI's `--format json` and the web's JSON export print this.
 */
export function lineToJson(line: CostLine) {
  return {
    id: line.id,
    name: line.name,
    category: line.category,
    ...(line.service !== undefined ? { service: line.service } : {}),
    quantity: toDecimalString(line.quantity),
    unit: line.unit,
    rateUsd: toDecimalString(line.rateUsd),
    monthlyUsd: toDecimalString(line.monthlyUsd),
    detail: line.detail,
    rate: {
      region: line.rate.region,
      usage: line.rate.usage,
      sourceId: line.rate.sourceId,
      asOf: line.rate.asOf,
      ...(line.rate.usageType ? { usageType: line.rate.usageType } : {}),
      ...(line.rate.sku ? { sku: line.rate.sku } : {}),
    },
  };
}

export function patternToJson(pattern: PatternEstimate) {
  const money = (value: PatternEstimate["monthlyUsd"]) => (value === null ? null : toDecimalString(value));
  return {
    id: pattern.id,
    label: pattern.label,
    status: pattern.status,
    monthlyUsd: money(pattern.monthlyUsd),
    yearlyUsd: money(pattern.yearlyUsd),
    threeYearUsd: money(pattern.threeYearUsd),
    ruledOutReasons: pattern.ruledOutReasons,
    missingRates: pattern.missingRates,
    notes: pattern.notes,
    lines: pattern.lines.map(lineToJson),
    nodeGroups: pattern.nodePlans.map((plan) => ({
      label: plan.label,
      instanceType: plan.spec.instanceType,
      nodeCount: plan.nodeCount,
      nodesNeeded: plan.nodesNeeded,
      hoursPerNode: toDecimalString(plan.hoursPerNode),
      services: plan.services,
    })),
  };
}

/** @example toComparisonJson(comparison).patterns[0] //=> { id: "ecs-fargate", monthlyUsd: "36.0401", lines: [...] , ... } */
export function toComparisonJson(comparison: Comparison) {
  return {
    scenario: comparison.scenario.name,
    region: comparison.region,
    priceSnapshot: comparison.priceBook,
    patterns: comparison.patterns.map(patternToJson),
  };
}
export type ComparisonJson = ReturnType<typeof toComparisonJson>;
