import {
  OPS_LEVELS, patternToJson, sumByCategory, toDecimalString,
  type Band, type NodePlan, type PatternEstimate, type PatternTco, type PurchaseSummary, type UpgradePaths,
} from "@repo/core";
import type { BandView, NodePlanView, PatternView, PurchaseView, TcoView, UpgradePathsView } from "./view-types";

const MIB = 1024 * 1024;

/** One node group exactly as the core planned it: type, count, how chosen, allocatable, utilisation, waste, runners-up. */
export function nodePlanView(plan: NodePlan): NodePlanView {
  const d = plan.detail;
  return {
    label: plan.label,
    instanceType: plan.spec.instanceType,
    nodeCount: plan.nodeCount,
    nodesNeeded: plan.nodesNeeded,
    vcpuPerNode: plan.spec.vcpu,
    memoryGibPerNode: plan.spec.memoryGib,
    services: plan.services,
    selection: d?.selection ?? null,
    consideredCount: d ? d.consideredCount : null,
    allocatableCpuMillicores: d ? d.capacity.allocatableCpuMillicores : null,
    allocatableMemoryMib: d ? Math.floor(d.capacity.allocatableMemoryBytes / MIB) : null,
    cpuPercent: d ? toDecimalString(d.utilisation.cpuPercent) : null,
    memoryPercent: d ? toDecimalString(d.utilisation.memoryPercent) : null,
    unusedMonthlyUsd: d ? toDecimalString(d.utilisation.unusedMonthlyUsd) : null,
    purchaseLabel: d?.purchaseLabel ?? null,
    runnersUp: (d?.runnersUp ?? []).map((r) => ({
      instanceType: r.instanceType, nodeCount: r.nodeCount, monthlyUsd: toDecimalString(r.monthlyUsd), extraMonthlyUsd: toDecimalString(r.extraMonthlyUsd),
    })),
  };
}

/** @example bandView(band("1", "2", "3")) //=> { low: "1", typical: "2", high: "3" } */
export const bandView = (value: Band): BandView =>
  Object.fromEntries(OPS_LEVELS.map((level) => [level, toDecimalString(value[level])])) as BandView;

const purchaseView = (p: PurchaseSummary): PurchaseView => ({
  scope: p.scope, label: p.label, upfrontUsd: toDecimalString(p.upfrontUsd), termMonths: p.termMonths,
  monthlyRecurringUsd: toDecimalString(p.monthlyRecurringUsd), monthlyEffectiveUsd: toDecimalString(p.monthlyEffectiveUsd), notes: p.notes,
});

function upgradePathsView(u: UpgradePaths): UpgradePathsView {
  return {
    chosen: u.chosen, clusters: u.clusters,
    upgrade: { upgradeHours: bandView(u.upgrade.upgradeHours), monthlyUsd: bandView(u.upgrade.monthlyUsd) },
    extendedSupport: u.extendedSupport
      ? { upgradeHours: bandView(u.extendedSupport.upgradeHours), surchargeMonthlyUsd: toDecimalString(u.extendedSupport.surchargeMonthlyUsd), monthlyUsd: bandView(u.extendedSupport.monthlyUsd) }
      : null,
    breakEvenAvoidedHoursPerMonth: u.breakEvenAvoidedHoursPerMonth ? toDecimalString(u.breakEvenAvoidedHoursPerMonth) : null,
    note: u.note,
  };
}

function tcoView(tco: PatternTco): TcoView | null {
  if (!tco.ops || !tco.infraMonthlyUsd || !tco.monthlyUsd || !tco.yearlyUsd || !tco.threeYearUsd) return null;
  return {
    infraMonthlyUsd: toDecimalString(tco.infraMonthlyUsd),
    opsHoursPerMonth: bandView(tco.ops.hoursPerMonth),
    opsMonthlyUsd: bandView(tco.ops.monthlyUsd),
    monthlyUsd: bandView(tco.monthlyUsd),
    yearlyUsd: bandView(tco.yearlyUsd),
    threeYearUsd: bandView(tco.threeYearUsd),
    activities: tco.ops.activities.map((a) => ({ id: a.id, label: a.label, hours: bandView(a.hours) })),
    upgradePaths: tco.upgradePaths ? upgradePathsView(tco.upgradePaths) : null,
  };
}

/**
 * A core PatternEstimate (and its TCO, when the ops model ran) → the plain view the panels render
 * (money as exact decimal strings). With a TCO, the categories and lines are the TCO's: AWS lines,
 * the decision layer's lines (extended-support fee, Auto Mode) and the headline band's ops lines.
 */
export function patternView(pattern: PatternEstimate, tco?: PatternTco): PatternView {
  const json = patternToJson(pattern);
  const ops = tco?.ops?.lines ?? [];
  const lines = tco && tco.status !== "ruled-out" ? [...tco.infraLines, ...ops] : pattern.lines;
  const byCategory: PatternView["byCategory"] = {};
  for (const [category, monthlyUsd] of sumByCategory(lines)) byCategory[category] = toDecimalString(monthlyUsd);
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
    purchase: pattern.purchase.map(purchaseView),
    tco: tco ? tcoView(tco) : null,
  };
}
