import { BYTES_PER_GIB, Decimal, MILLICORES_PER_VCPU, patternToJson, sumByCategory, toDecimalString, type NodePlan, type PatternEstimate } from "@repo/core";
import type { NodePlanView, PatternView } from "./view-types";

const percent = (part: Decimal, whole: Decimal): number => (whole.isZero() ? 0 : part.div(whole).times(100).toDecimalPlaces(1).toNumber());

/** Utilisation of one node group: what the tasks request ÷ what the nodes provide. */
export function nodePlanView(plan: NodePlan): NodePlanView {
  const nodes = new Decimal(plan.nodeCount);
  const providedMillicores = nodes.times(plan.spec.vcpu).times(MILLICORES_PER_VCPU);
  const providedBytes = nodes.times(plan.spec.memoryGib).times(BYTES_PER_GIB);
  return {
    label: plan.label,
    instanceType: plan.spec.instanceType,
    nodeCount: plan.nodeCount,
    nodesNeeded: plan.nodesNeeded,
    vcpuPerNode: plan.spec.vcpu,
    memoryGibPerNode: plan.spec.memoryGib,
    cpuUtilisationPct: percent(new Decimal(plan.requestedMillicores), providedMillicores),
    memoryUtilisationPct: percent(new Decimal(plan.requestedMemoryBytes), providedBytes),
    services: plan.services,
  };
}

/** A core PatternEstimate → the plain view the panels render (money as exact decimal strings). */
export function patternView(pattern: PatternEstimate): PatternView {
  const json = patternToJson(pattern);
  const byCategory: PatternView["byCategory"] = {};
  for (const [category, monthlyUsd] of sumByCategory(pattern.lines)) byCategory[category] = toDecimalString(monthlyUsd);
  return {
    id: pattern.id,
    label: pattern.label,
    status: pattern.status,
    monthlyUsd: json.monthlyUsd,
    yearlyUsd: json.yearlyUsd,
    threeYearUsd: json.threeYearUsd,
    byCategory,
    lines: json.lines,
    ruledOutReasons: pattern.ruledOutReasons,
    missingRates: pattern.missingRates,
    notes: pattern.notes,
    nodePlans: pattern.nodePlans.map(nodePlanView),
  };
}
