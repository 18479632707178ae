import { PREVIOUS_GENERATION_FAMILIES } from "../ec2/instance-generation";
import { nested } from "../lines/line-names";
import { message, sameMessage, type Message } from "../messages/message";
import type { CostLine } from "../lines/cost-line";
import { LineBuilder } from "../lines/line-builder";
import { applyEc2Commitment, type CommittedGroup } from "../purchase/ec2-commitment";
import { ec2PriceModel, type Ec2PriceModel } from "../purchase/ec2-price-model";
import { addCommitmentToSummary, emptySummary, type PurchaseSummary } from "../purchase/purchase-summary";
import { addEksClusterLines, extendedSupportCause } from "../resources/eks-cluster";
import { addNodeGroupLines } from "../resources/ec2-node-group";
import { osByName } from "../scenario/os-by-name";
import type { Scenario } from "../scenario/scenario-schema";
import { finishPattern, type PatternContext, type PatternEstimate } from "./pattern";
import { nodePlanReuseKey } from "./pattern-reuse";
import { plannedOnce, type Planned } from "./planned-once";
import { addSharedExtraLines } from "./shared-extras";
import { memoisedBlock } from "./shared-lines-memo";

/** Default node types when no priced type fits: current general-purpose, 4 vCPU / 16 GiB. */
export { FALLBACK_INSTANCE_TYPES as DEFAULT_INSTANCE_TYPES } from "../ec2/plan-node-groups";

function assumptionNotes(orchestrator: "ecs" | "eks", scenario: Scenario): Message[] {
  const ec2 = scenario.ec2;
  const agents = ec2.daemonSets.map((d) => `${d.name} ${String(d.cpu)}/${String(d.memory)}`).join(", ");
  const packing = { headroomPercent: ec2.headroomPercent, minNodes: ec2.minNodes, availabilityZones: ec2.availabilityZones };
  const notes: Message[] = [
    orchestrator === "ecs"
      ? message("NOTE_ECS_EC2_NODE_MEMORY", {
          memoryOverheadPercent: ec2.memoryOverheadPercent,
          ecsReservedMemoryMib: ec2.ecsReservedMemoryMib,
        })
      : message("NOTE_EKS_NODE_RESERVATIONS", { memoryOverheadPercent: ec2.memoryOverheadPercent }),
    agents ? message("NOTE_EC2_PACKING", { agents, ...packing }) : message("NOTE_EC2_PACKING_NO_AGENTS", packing),
  ];
  if (ec2.instanceType === undefined) {
    const families = PREVIOUS_GENERATION_FAMILIES.join(", ");
    notes.push(
      message(ec2.selection.previousGeneration ? "NOTE_EC2_PREVIOUS_GENERATION_INCLUDED" : "NOTE_EC2_CURRENT_GENERATION_ONLY", {
        families,
      }),
    );
  }
  if (orchestrator === "eks") {
    if (scenario.services.some((s) => s.os === "windows")) notes.push(message("NOTE_EKS_WINDOWS_NODE_RESERVATIONS"));
    notes.push(message(ec2.eksMaxPodsMode === "eni" ? "NOTE_EKS_MAX_PODS_ENI" : "NOTE_EKS_MAX_PODS_PREFIX"));
  } else {
    notes.push(message("NOTE_ECS_AWSVPC_ENI"));
  }
  return notes;
}

/** The EC2 part of a bill: node groups planned and priced under the purchase option, plus the notes so far. */
export type Ec2NodeBill = {
  builder: LineBuilder;
  planned: Planned;
  notes: Message[];
  summary: PurchaseSummary;
};

/** The line of this id among those added since `from` (one group's lines: ids carry the group key, so unique). */
function groupLine(builder: LineBuilder, from: number, id: string): CostLine | undefined {
  for (let i = from; i < builder.lines.length; i += 1) if (builder.lines[i]?.id === id) return builder.lines[i];
  return undefined;
}

/**
 * Plans and prices the node groups of an EC2-backed pattern, commitments included (`planning` is the
 * scenario the node selection reads: a managed pattern narrows `ec2.selection` to the types it supports).
 */
export function ec2NodeBill(
  { pattern, scenario, services, book, totalsOnly = false, sharedLines }: PatternContext,
  planning: Scenario = scenario,
): Ec2NodeBill {
  const orchestrator = pattern.orchestrator;
  const builder = new LineBuilder(book, scenario.region, totalsOnly);
  const planned = plannedOnce(orchestrator, planning, services, book, totalsOnly);
  const prefix = pattern.managedNodes ? pattern.id : `${orchestrator}-ec2`;
  const notes = [...assumptionNotes(orchestrator, scenario), ...planned.notes];
  const onDemandLabel = message("PURCHASE_ON_DEMAND");
  const summary: PurchaseSummary = emptySummary("ec2", "On-Demand", onDemandLabel);
  const labels = new Map<string, Message>();
  const committed: CommittedGroup[] = [];
  let commitmentModel: Ec2PriceModel | undefined;
  // By name, once: a portfolio has a node group per batch service (a find per group was quadratic, issue 19 item 3).
  const osOf = osByName(services);
  for (const plan of planned.plans) {
    if (plan.nodeCount < plan.nodesNeeded) {
      notes.push(
        message("NOTE_EC2_NODE_COUNT_BELOW_NEEDED", {
          ...nested("group", plan.labelMessage),
          nodeCount: plan.nodeCount,
          nodesNeeded: plan.nodesNeeded,
        }),
      );
    }
    const os = osOf.get(plan.services[0] ?? "") ?? "linux";
    const model = planned.models.get(plan.key);
    const firstLine = builder.lines.length;
    const addGroup = (): Message[] => {
      addNodeGroupLines(builder, plan, {
        prefix,
        os,
        rootVolumeGib: scenario.ec2.rootVolumeGib,
        rootVolumeType: scenario.ec2.rootVolumeType,
        publicIpv4PerNode: scenario.ec2.publicIpv4PerNode,
        ...(model ? { priceModel: model } : {}),
      });
      return [];
    };
    // A scaled run's node group of the same type, nodes and hours adds the same lines (a batch service's group keeps its
    // count between most breakpoints): kept per analysis, as the shared lines are; never under a commitment, which
    // rewrites the group's instance line.
    if (totalsOnly && sharedLines && !model?.isCommitment) {
      const key = `ec2-node-group|${prefix}|${plan.key}|${plan.spec.instanceType}|${plan.nodeCount}|${plan.hoursPerNode.toString()}|${os}|${model?.label ?? ""}`;
      memoisedBlock(builder, sharedLines, key, addGroup);
    } else {
      addGroup();
    }
    const detail = plan.detail;
    if (model && detail?.effectiveHourlyPerNode) {
      labels.set(model.label, model.labelMessage);
      for (const note of model.notes) if (!summary.notes.some((n) => sameMessage(n, note))) summary.notes.push(note);
      summary.termMonths = Math.max(summary.termMonths, model.termMonths);
    }
    if (model?.isCommitment) {
      // Always-on groups only (part-time ones got the On-Demand model): the commitment is billed below.
      commitmentModel = model;
      committed.push({ plan, os, instanceLine: groupLine(builder, firstLine, `${prefix}:${plan.key}:instances`) });
    } else if (model && detail?.effectiveHourlyPerNode) {
      const nodeHours = plan.hoursPerNode.times(plan.nodeCount);
      summary.upfrontUsd = summary.upfrontUsd.plus(detail.upfrontPerNode.times(plan.nodeCount));
      summary.monthlyEffectiveUsd = summary.monthlyEffectiveUsd.plus(detail.effectiveHourlyPerNode.times(nodeHours));
      summary.monthlyRecurringUsd = summary.monthlyRecurringUsd.plus(detail.recurringHourlyPerNode.times(nodeHours));
    }
  }
  // A stated commitment is billed even when no always-on group uses it (all part-time: every hour unused).
  const purchase = scenario.purchase.ec2;
  if (!commitmentModel && (purchase.reservedInstances !== undefined || purchase.savingsPlan !== undefined)) {
    commitmentModel = ec2PriceModel(purchase);
  }
  if (commitmentModel) {
    const commitment = applyEc2Commitment(builder, purchase, commitmentModel, committed, prefix);
    addCommitmentToSummary(summary, commitmentModel, commitment.commitmentLines);
    summary.notes.push(...commitment.notes);
  }
  summary.label = [...labels.keys()].join(" + ") || "On-Demand";
  summary.labelMessages = labels.size ? [...labels.values()] : [onDemandLabel];
  notes.push(...summary.notes);
  if (services.some((s) => s.publicIpv4PerTask > 0)) {
    notes.push(message("NOTE_EC2_TASK_PUBLIC_IPV4"));
  }
  return { builder, planned, notes, summary };
}

/** Adds the control plane (EKS) and the shared extras, then assembles the estimate. */
export function finishEc2Pattern(context: PatternContext, bill: Ec2NodeBill): PatternEstimate {
  const { pattern, scenario, services, sharedLines } = context;
  const { builder, planned, notes, summary } = bill;
  if (pattern.orchestrator === "eks") notes.push(...addEksClusterLines(builder, scenario.eks, extendedSupportCause(scenario)));
  notes.push(
    ...addSharedExtraLines(builder, scenario, {
      pattern,
      services,
      nodePlans: planned.plans,
      ...(sharedLines ? { memo: sharedLines } : {}),
    }),
  );
  return finishPattern(pattern, builder, {
    reasons: planned.ruledOutReasons,
    notes,
    nodePlans: planned.plans,
    purchase: [summary],
  });
}

/** ECS on EC2 and EKS on EC2: bin-packed node groups on the chosen or cheapest-fit type, under the purchase option. */
export function estimateEc2Pattern(context: PatternContext): PatternEstimate {
  const bill = ec2NodeBill(context);
  if (context.pattern.orchestrator === "eks" && context.scenario.ops.eksAutoMode) {
    bill.notes.push(message("NOTE_EKS_AUTO_MODE_FLAG_MIGRATED"));
  }
  return finishEc2Pattern(context, bill);
}

/** ECS and EKS on EC2 are reused between scaled runs by their node plans (pattern-reuse.ts). */
export function ec2ReuseKey(context: PatternContext): string | null {
  return nodePlanReuseKey(context, context.scenario, context.services);
}
