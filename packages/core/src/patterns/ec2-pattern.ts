import { planNodeGroups } from "../ec2/plan-node-groups";
import { LineBuilder } from "../lines/line-builder";
import { applyEc2Commitment, type CommittedGroup } from "../purchase/ec2-commitment";
import { ec2PriceModel, type Ec2PriceModel } from "../purchase/ec2-price-model";
import { addCommitmentToSummary, emptySummary, type PurchaseSummary } from "../purchase/purchase-summary";
import { renderMessage } from "../messages/english";
import { message } from "../messages/message";
import { addEksClusterLines, extendedSupportCause } from "../resources/eks-cluster";
import { addNodeGroupLines } from "../resources/ec2-node-group";
import type { Scenario } from "../scenario/scenario-schema";
import { finishPattern, type PatternContext, type PatternEstimate } from "./pattern";
import { addSharedExtraLines } from "./shared-extras";

/** Default node types when no priced type fits: current general-purpose, 4 vCPU / 16 GiB. */
export { FALLBACK_INSTANCE_TYPES as DEFAULT_INSTANCE_TYPES } from "../ec2/plan-node-groups";

function assumptionNotes(orchestrator: "ecs" | "eks", scenario: Scenario): string[] {
  const ec2 = scenario.ec2;
  const agents = ec2.daemonSets.map((d) => `${d.name} ${String(d.cpu)}/${String(d.memory)}`).join(", ") || "none";
  const notes = [
    orchestrator === "ecs"
      ? `ECS control plane: no charge. Node memory for tasks = advertised − ${ec2.memoryOverheadPercent}% VM/kernel overhead − ECS_RESERVED_MEMORY ${ec2.ecsReservedMemoryMib} MiB; all vCPUs.`
      : `EKS nodes: kubeReserved CPU (6%/1%/0.5%/0.25% per core range) and memory (11 × max pods + 255 MiB) + 100 MiB eviction threshold, as the EKS AMI computes them; ${ec2.memoryOverheadPercent}% VM/kernel memory overhead; aws-node 25m and kube-proxy 100m on every node.`,
    `Per-node agents: ${agents}. Packing: first-fit decreasing by dominant resource share; headroom ${ec2.headroomPercent}%; at least ${ec2.minNodes} node(s) per group, spread over ${ec2.availabilityZones} AZ(s).`,
  ];
  if (orchestrator === "eks") {
    if (scenario.services.some((s) => s.os === "windows"))
      notes.push(
        "Windows nodes: system-reserved 1.5 GiB + kube-reserved 0.5 GiB + 200 MiB eviction threshold (AWS EKS Best Practices for Windows) instead of the Linux formula.",
      );
    notes.push(
      ec2.eksMaxPodsMode === "eni"
        ? "EKS max pods per node: VPC CNI ENI-based default (no prefix delegation)."
        : "EKS max pods per node: VPC CNI prefix delegation assumed (110, or 250 above 30 vCPU; Nitro types, VPC CNI ≥ 1.9).",
    );
  } else {
    notes.push("ECS tasks in awsvpc mode also need one ENI each unless ENI trunking is on; not modelled as a limit here.");
  }
  return notes;
}

/** The EC2 part of a bill: node groups planned and priced under the purchase option, plus the notes so far. */
export type Ec2NodeBill = {
  builder: LineBuilder;
  planned: ReturnType<typeof planNodeGroups>;
  notes: string[];
  summary: PurchaseSummary;
};

/**
 * Plans and prices the node groups of an EC2-backed pattern, commitments included (`planning` is the
 * scenario the node selection reads: a managed pattern narrows `ec2.selection` to the types it supports).
 */
export function ec2NodeBill({ pattern, scenario, services, book }: PatternContext, planning: Scenario = scenario): Ec2NodeBill {
  const orchestrator = pattern.orchestrator;
  const builder = new LineBuilder(book, scenario.region);
  const planned = planNodeGroups(orchestrator, planning, services, book);
  const prefix = pattern.managedNodes ? pattern.id : `${orchestrator}-ec2`;
  const notes = [...assumptionNotes(orchestrator, scenario), ...planned.notes];
  const summary: PurchaseSummary = emptySummary("ec2", "On-Demand");
  const labels = new Set<string>();
  const committed: CommittedGroup[] = [];
  let commitmentModel: Ec2PriceModel | undefined;
  for (const plan of planned.plans) {
    if (plan.nodeCount < plan.nodesNeeded) {
      notes.push(`${plan.label}: ec2.nodeCount ${plan.nodeCount} is below the ${plan.nodesNeeded} nodes needed to hold the tasks`);
    }
    const os = services.find((s) => s.name === plan.services[0])?.os ?? "linux";
    const model = planned.models.get(plan.key);
    addNodeGroupLines(builder, plan, {
      prefix,
      os,
      rootVolumeGib: scenario.ec2.rootVolumeGib,
      rootVolumeType: scenario.ec2.rootVolumeType,
      publicIpv4PerNode: scenario.ec2.publicIpv4PerNode,
      ...(model ? { priceModel: model } : {}),
    });
    const detail = plan.detail;
    if (model && detail?.effectiveHourlyPerNode) {
      labels.add(model.label);
      for (const note of model.notes) if (!summary.notes.includes(note)) summary.notes.push(note);
      summary.termMonths = Math.max(summary.termMonths, model.termMonths);
    }
    if (model?.isCommitment) {
      // Always-on groups only (part-time ones got the On-Demand model): the commitment is billed below.
      commitmentModel = model;
      committed.push({ plan, os, instanceLine: builder.lines.find((l) => l.id === `${prefix}:${plan.key}:instances`) });
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
  summary.label = [...labels].join(" + ") || "On-Demand";
  notes.push(...summary.notes);
  if (services.some((s) => s.publicIpv4PerTask > 0)) {
    notes.push("Tasks on EC2 share their node's addresses: public IPv4 per task is not billed (see ec2.publicIpv4PerNode).");
  }
  return { builder, planned, notes, summary };
}

/** Adds the control plane (EKS) and the shared extras, then assembles the estimate. */
export function finishEc2Pattern(context: PatternContext, bill: Ec2NodeBill): PatternEstimate {
  const { pattern, scenario, services } = context;
  const { builder, planned, notes, summary } = bill;
  if (pattern.orchestrator === "eks") notes.push(...addEksClusterLines(builder, scenario.eks, extendedSupportCause(scenario)));
  notes.push(...addSharedExtraLines(builder, scenario, { pattern, services, nodePlans: planned.plans }));
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
    bill.notes.push(renderMessage(message("NOTE_EKS_AUTO_MODE_FLAG_MIGRATED")));
  }
  return finishEc2Pattern(context, bill);
}
