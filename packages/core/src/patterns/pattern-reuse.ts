import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import type { PatternContext, PatternEstimate } from "./pattern";
import type { Planned } from "./planned-once";
import { plannedOnce } from "./planned-once";

/**
 * An EC2-backed pattern's taxed estimate per node-plan signature, kept between the scaled runs of ONE
 * analysis (issue 19: most breakpoints step a task count without changing a node group, yet every run
 * built the pattern's whole bill again). Only the totals-only runs of decisions/evaluate-at-scale.ts pass one.
 */
export type PatternReuse = Map<string, PatternEstimate>;

/**
 * True when no line of the bill outside the node groups reads a task count — then an EC2 pattern's bill
 * depends on the scaled scenario only through its node plans. Two blocks do read counts: Container
 * Insights "enhanced" (billed per task-hour on ECS) and per-task persistent volumes (tasks × GiB).
 */
export function countFreeOutsideNodes(scenario: Scenario): boolean {
  if (scenario.observability.containerInsights === "enhanced") return false;
  return !scenario.services.some((s) => (s.persistentVolumes ?? []).some((v) => v.count === undefined));
}

/**
 * What of the node plans reaches the bill and the totals: per group its key (platform or batch service),
 * instance type, node count, nodes needed, hours per node, services and purchase model, plus the planner's
 * notes and ruled-out reasons. Left out: the groups' task counts and requested vCPU/memory, which only the
 * full result's packing detail shows (serialize/comparison-json.ts) — a reused estimate carries the first
 * run's, and the totals-only path never reads them.
 * @example planSignature(plannedOnce("ecs", s, s.services.map(resolveService), book, true)) // s = parseScenario(oneService(3)): 3 tasks, 1 node
 * //=> "[]|[]|x86_64/linux|m6i.xlarge|1|1|730|app|On-Demand"
 */
export function planSignature(planned: Planned): string {
  const parts = [JSON.stringify(planned.notes), JSON.stringify(planned.ruledOutReasons)];
  for (const p of planned.plans) {
    const model = planned.models.get(p.key)?.label ?? "";
    parts.push(
      `${p.key}|${p.spec.instanceType}|${p.nodeCount}|${p.nodesNeeded}|${p.hoursPerNode.toString()}|${p.services.join(",")}|${model}`,
    );
  }
  return parts.join("|");
}

/** The reuse key of an EC2-backed pattern in a totals-only run, or null when its bill reads task counts elsewhere. */
export function nodePlanReuseKey(context: PatternContext, planning: Scenario, services: readonly ResolvedService[]): string | null {
  if (!context.totalsOnly || !countFreeOutsideNodes(context.scenario)) return null;
  const planned = plannedOnce(context.pattern.orchestrator, planning, services, context.book, true);
  return `${context.pattern.id}|${planSignature(planned)}`;
}
