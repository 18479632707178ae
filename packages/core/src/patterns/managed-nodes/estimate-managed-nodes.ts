import { message, type Message } from "../../messages/message";
import { managedFeeLines } from "../../resources/managed-node-fee";
import { ec2NodeBill, finishEc2Pattern } from "../ec2-pattern";
import type { PatternContext, PatternEstimate } from "../pattern";
import { nodePlanReuseKey } from "../pattern-reuse";
import { managedPlanningScenario, userChoseTypes } from "./node-selection";

function managedNotes(context: PatternContext, types: string): Message[] {
  const { pattern, scenario } = context;
  const notes: Message[] = [message("NOTE_MANAGED_NODES_FEE", { pattern: pattern.label, sharePercent: "12" })];
  if (pattern.managedNodes === "eks-auto-mode") {
    notes.push(
      userChoseTypes(scenario) ? message("NOTE_AUTO_MODE_CUSTOM_POOL", { types }) : message("NOTE_AUTO_MODE_BUILT_IN_POOL"),
      message("NOTE_AUTO_MODE_RESERVATIONS"),
    );
  } else {
    notes.push(message("NOTE_ECS_MI_FULL_RANGE"));
    if (scenario.purchase.ec2.option !== "on-demand") notes.push(message("NOTE_ECS_MI_FEE_ON_DEMAND"));
  }
  return notes;
}

/**
 * ECS Managed Instances and EKS Auto Mode (issue 16): AWS runs the EC2 nodes. The bill is the EC2 part
 * (the same packing and cheapest fit as ECS/EKS on EC2 over the types the option supports, under the
 * purchase option), one management-fee line per node group on the On-Demand price
 * (resources/managed-node-fee.ts), the control plane (EKS cluster fee, or a Provisioned tier, for Auto Mode;
 * none for ECS) and the shared extras.
 * Worked example (us-east-1, 3 tasks of 1 vCPU / 2 GiB on ECS MI, cheapest fit 2 × c7a.large … see the
 * goldens in tests/golden/estimate-managed-*): nodes 2 × 730 h × EC2 rate + fee 2 × 730 h × 12 % of it.
 */
export function estimateManagedNodes(context: PatternContext): PatternEstimate {
  const kind = context.pattern.managedNodes;
  if (kind === null) throw new Error(`${context.pattern.id} has no managed nodes`); // unreachable: only managed descriptors use this estimator
  const bill = ec2NodeBill(context, managedPlanningScenario(kind, context.scenario, context.book));
  const memo = context.totalsOnly ? context.sharedLines : undefined;
  const fee = managedFeeLines(
    kind,
    bill.planned.plans,
    context.book,
    context.scenario.region,
    context.pattern.id,
    context.totalsOnly,
    memo,
  );
  bill.builder.lines.push(...fee.lines);
  for (const m of fee.missing) if (!bill.builder.missing.some((x) => x.usage === m.usage)) bill.builder.missing.push(m);
  const types = [...new Set(bill.planned.plans.map((p) => p.spec.instanceType))].join(", ");
  bill.notes.push(...managedNotes(context, types));
  return finishEc2Pattern(context, bill);
}

/** Reused between scaled runs by the node plans over the types the option supports (pattern-reuse.ts). */
export function managedReuseKey(context: PatternContext): string | null {
  const kind = context.pattern.managedNodes;
  if (kind === null) return null;
  return nodePlanReuseKey(context, managedPlanningScenario(kind, context.scenario, context.book), context.services);
}
