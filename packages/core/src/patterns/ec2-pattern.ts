import { planNodeGroups } from "../ec2/plan-node-groups";
import { LineBuilder } from "../lines/line-builder";
import { applyEc2Commitment, type CommittedGroup } from "../purchase/ec2-commitment";
import { ec2PriceModel, type Ec2PriceModel } from "../purchase/ec2-price-model";
import { addCommitmentToSummary, emptySummary, type PurchaseSummary } from "../purchase/purchase-summary";
import { autoModeFeeLines } from "../resources/eks-auto-mode-fee";
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

/** ECS on EC2 and EKS on EC2: bin-packed node groups on the chosen or cheapest-fit type, under the purchase option. */
export function estimateEc2Pattern({ pattern, scenario, services, book }: PatternContext): PatternEstimate {
  const orchestrator = pattern.orchestrator;
  const builder = new LineBuilder(book, scenario.region);
  const planned = planNodeGroups(orchestrator, scenario, services, book);
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
    const prefix = `${orchestrator}-ec2`;
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
    const commitment = applyEc2Commitment(builder, purchase, commitmentModel, committed, `${orchestrator}-ec2`);
    addCommitmentToSummary(summary, commitmentModel, commitment.commitmentLines);
    summary.notes.push(...commitment.notes);
  }
  summary.label = [...labels].join(" + ") || "On-Demand";
  notes.push(...summary.notes);
  if (services.some((s) => s.publicIpv4PerTask > 0)) {
    notes.push("Tasks on EC2 share their node's addresses: public IPv4 per task is not billed (see ec2.publicIpv4PerNode).");
  }
  if (pattern.autoMode && scenario.ops.eksAutoMode) {
    // The Auto Mode fee is an AWS charge, so a line of this bill (per node group, resources/eks-auto-mode-fee.ts).
    const fee = autoModeFeeLines(planned.plans, book, scenario.region, `${orchestrator}-ec2`);
    builder.lines.push(...fee.lines);
    for (const m of fee.missing) if (!builder.missing.some((x) => x.usage === m.usage)) builder.missing.push(m);
  }
  if (orchestrator === "eks") addEksClusterLines(builder, scenario.eks, extendedSupportCause(scenario));
  notes.push(...addSharedExtraLines(builder, scenario, { pattern, services, nodePlans: planned.plans }));
  return finishPattern(pattern, builder, {
    reasons: planned.ruledOutReasons,
    notes,
    nodePlans: planned.plans,
    purchase: [summary],
  });
}
