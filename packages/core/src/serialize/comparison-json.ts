import type { Rate } from "../price-book/rate";
import { renderMessage } from "../messages/english";
import type { Comparison } from "../compare/estimate-scenario";
import type { CostLine } from "../lines/cost-line";
import { Decimal, toDecimalString } from "../money/decimal";
import { BYTES_PER_MIB } from "../units/data-size";
import type { NodePlan } from "../ec2/node-plan";
import type { PatternEstimate } from "../patterns/pattern";
import type { PurchaseSummary } from "../purchase/purchase-summary";
import { memoEntry } from "../util/memo-entry";

const dec = toDecimalString;

/** One node group: type, counts, capacity, utilisation/waste, purchase and runners-up (exact decimals). */
export function nodeGroupToJson(plan: NodePlan) {
  const d = plan.detail;
  return {
    label: plan.label,
    /** The label as a code + parameters (GROUP_PLATFORM / GROUP_BATCH: translate by code). */
    labelMessage: plan.labelMessage,
    instanceType: plan.spec.instanceType,
    nodeCount: plan.nodeCount,
    nodesNeeded: plan.nodesNeeded,
    hoursPerNode: dec(plan.hoursPerNode),
    services: plan.services,
    taskCount: plan.taskCount,
    ...(d
      ? {
          selection: d.selection,
          packedNodeCount: d.packedNodeCount,
          instance: { vcpu: plan.spec.vcpu, memoryGib: plan.spec.memoryGib, architecture: plan.spec.architecture },
          allocatablePerNode: {
            cpuMillicores: d.capacity.allocatableCpuMillicores,
            memoryMib: dec(new Decimal(d.capacity.allocatableMemoryBytes).div(BYTES_PER_MIB)),
            maxTasks: d.capacity.maxTasks === Number.MAX_SAFE_INTEGER ? null : d.capacity.maxTasks,
            ...(d.capacity.maxPods !== undefined ? { maxPods: d.capacity.maxPods } : {}),
          },
          utilisation: {
            cpuPercent: dec(d.utilisation.cpuPercent),
            memoryPercent: dec(d.utilisation.memoryPercent),
            idleCpuMillicores: d.utilisation.idleCpuMillicores,
            idleMemoryMib: dec(new Decimal(d.utilisation.idleMemoryBytes).div(BYTES_PER_MIB)),
            overheadCpuPercent: dec(d.utilisation.overheadCpuPercent),
            overheadMemoryPercent: dec(d.utilisation.overheadMemoryPercent),
            unusedMonthlyUsd: dec(d.utilisation.unusedMonthlyUsd),
          },
          purchase: {
            label: d.purchaseLabel,
            /** The same label as a code + parameters (translate by code). */
            labelMessage: d.purchaseLabelMessage,
            effectiveHourlyPerNodeUsd: d.effectiveHourlyPerNode ? dec(d.effectiveHourlyPerNode) : null,
            upfrontPerNodeUsd: dec(d.upfrontPerNode),
          },
          runnersUp: d.runnersUp.map((alt) => ({
            instanceType: alt.instanceType,
            nodeCount: alt.nodeCount,
            monthlyUsd: dec(alt.monthlyUsd),
            extraMonthlyUsd: dec(alt.extraMonthlyUsd),
          })),
          search: { regionCatalogTypes: d.regionCatalogCount, consideredTypes: d.consideredCount, packedTypes: d.packedCount },
          packing: { method: d.packing.method, lowerBoundNodes: d.packing.lowerBoundNodes, gapNodes: d.packing.gapNodes },
        }
      : {}),
  };
}

export function purchaseToJson(summary: PurchaseSummary) {
  return {
    scope: summary.scope,
    label: summary.label,
    /** The label as codes + parameters, one per purchase option (a face joins them with " + " as `label` does). */
    labelMessages: summary.labelMessages,
    upfrontUsd: dec(summary.upfrontUsd),
    termMonths: summary.termMonths,
    monthlyRecurringUsd: dec(summary.monthlyRecurringUsd),
    monthlyEffectiveUsd: dec(summary.monthlyEffectiveUsd),
    notes: summary.notes.map(renderMessage),
    /** The same notes as codes + parameters (translate by code). */
    noteMessages: summary.notes,
  };
}

/**
 * The stable JSON form of a comparison: every amount an exact decimal string (unrounded), every
 * line with its rate's provenance. The CLI's `--format json` and the web's JSON export print this.
 */
export function lineToJson(line: CostLine, rates?: RateJsonMemo) {
  return {
    id: line.id,
    name: line.name,
    /** The name as a code + parameters (messages/en/lines.ts): translate by code. */
    nameMessage: line.nameMessage,
    category: line.category,
    ...(line.service !== undefined ? { service: line.service } : {}),
    quantity: toDecimalString(line.quantity),
    unit: line.unit,
    rateUsd: toDecimalString(line.rateUsd),
    monthlyUsd: toDecimalString(line.monthlyUsd),
    detail: line.detail,
    /** The detail as parts (codes + parameters, messages/en/details.ts), joined by `renderDetail`: translate by code. */
    detailMessages: line.detailMessages,
    rate: rates ? memoisedRateJson(line.rate, rates) : rateToJson(line.rate),
  };
}

/** A rate's provenance as the JSON shows it on each line. */
function rateToJson(rate: Rate) {
  return {
    region: rate.region,
    usage: rate.usage,
    sourceId: rate.sourceId,
    asOf: rate.asOf,
    ...(rate.basis ? { basis: rate.basis } : {}),
    // a derived rate's rule (licence-included formula, reference ratio and its source) — what "derived" rests on
    ...(rate.basis === "derived" ? { description: rate.description } : {}),
    ...(rate.confidence ? { confidence: rate.confidence } : {}),
    ...(rate.usageType ? { usageType: rate.usageType } : {}),
    ...(rate.sku ? { sku: rate.sku } : {}),
  };
}

/**
 * One pattern's rate objects, each written once: the lines priced at one rate (a 200-service Fargate
 * bill: 400 lines, two rates) share its JSON object — the same text when printed, and the web's worker
 * posts it once (a structured clone keeps shared objects shared: a third of each line's bytes).
 */
type RateJsonMemo = Map<Rate, ReturnType<typeof rateToJson>>;
const memoisedRateJson = (rate: Rate, rates: RateJsonMemo) => memoEntry(rates, rate, rateToJson);

export function patternToJson(pattern: PatternEstimate) {
  const rates: RateJsonMemo = new Map();
  const money = (value: PatternEstimate["monthlyUsd"]) => (value === null ? null : toDecimalString(value));
  return {
    id: pattern.id,
    label: pattern.label,
    status: pattern.status,
    /** true: rates are missing, the totals are lower bounds ("≥ $X"). */
    lowerBound: pattern.lowerBound,
    monthlyUsd: money(pattern.monthlyUsd),
    yearlyUsd: money(pattern.yearlyUsd),
    threeYearUsd: money(pattern.threeYearUsd),
    ruledOutReasons: pattern.ruledOutReasons,
    /** The same reasons as codes + parameters (render with renderMessage, or translate by code). */
    reasons: pattern.reasons,
    missingRates: pattern.missingRates,
    /** Notes in English (rendered from `noteMessages`), as before codes existed. */
    notes: pattern.notes.map(renderMessage),
    /** The same notes as codes + parameters (render with renderMessage, or translate by code). */
    noteMessages: pattern.notes,
    lines: pattern.lines.map((line) => lineToJson(line, rates)),
    nodeGroups: pattern.nodePlans.map(nodeGroupToJson),
    purchase: pattern.purchase.map(purchaseToJson),
  };
}

/** @example toComparisonJson(comparison).patterns[0] //=> { id: "ecs-fargate", monthlyUsd: "36.0401", lines: [...] , ... } */
export function toComparisonJson(comparison: Comparison) {
  return {
    scenario: comparison.scenario.name,
    region: comparison.region,
    priceSnapshot: comparison.priceBook,
    pricesGap: comparison.pricesGap,
    patterns: comparison.patterns.map(patternToJson),
    notEstimated: comparison.notEstimated,
    /** Workload warnings (batch schedules, default requests) as codes + parameters, with core's English text. */
    workloadWarnings: comparison.workloadWarnings.map((warning) => ({ ...warning, text: renderMessage(warning) })),
  };
}
export type ComparisonJson = ReturnType<typeof toComparisonJson>;
