import { lookupInstance } from "../ec2/instance-lookup";
import { nested } from "../lines/line-names";
import type { NodePlan } from "../ec2/node-plan";
import type { CostLine } from "../lines/cost-line";
import { fmt, type LineBuilder } from "../lines/line-builder";
import { message, type Message } from "../messages/message";
import { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import { HOURS_PER_MONTH } from "../units/time";
import { addDerivedLine } from "./derived-line";
import type { Ec2PriceModel } from "./ec2-price-model";
import { applyPlanCommitment, splitCoveredLine } from "./fargate-plan-commitment";
import type { Ec2Purchase } from "./purchase-schema";

/** An always-on node group under a commitment option, with its instance line (absent when its rate is missing). */
export type CommittedGroup = { plan: NodePlan; os: "linux" | "windows"; instanceLine: CostLine | undefined };

/** What the commitment bills: the plan-rate lines it pays for (covered share and unused part) and its notes. */
export type Ec2Commitment = { commitmentLines: CostLine[]; notes: Message[] };

/**
 * EC2 nodes under a Reserved Instance or Savings Plan, billed as AWS bills them (issue 13, item 3).
 *
 * Savings Plans (EC2 Instance and Compute): an hourly $ commitment billed every hour of the month, used or not;
 * always-on node usage at plan rates draws on it, usage above it is On-Demand, the rest is unused
 * (https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html) — the same rule and code
 * as Fargate's (fargate-plan-commitment.ts). An EC2 Instance Savings Plan covers one instance family: here one
 * commitment is spread over every always-on group (approximation, said in the note when sized).
 * Worked example (hand-derived, us-east-1, S5 + the S3 m5.large ratio): 2 × m5.large always-on under a 1-year
 * Compute Savings Plan, No Upfront (convertible ratio 0.071 ÷ 0.096 → $0.071/h a node): baseline $0.142/h.
 * Commitment $0.071/h → half the 1,460 node-hours at $0.071 ($51.83) + 730 h On-Demand × $0.096 ($70.08).
 *
 * Reserved Instances: each RI is billed for every hour of its term whether a matching instance runs or not; it
 * discounts one running instance of its type, region and platform per hour
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-reserved-instances.html; Cost Explorer's reserved vs
 * On-Demand hours, https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CoverageHours.html).
 * Per type t: nodes N (always-on groups of t), RIs R (`purchase.ec2.reservedInstances[t]`, default N):
 * covered = min(R, N) nodes at the RI rate, N − covered On-Demand, R − covered unused × 730 h at the RI rate.
 * Worked example: 3 × m5.large always-on, 5 standard 1-year No Upfront RIs ($0.06/h, S3 4NA7Y494T4):
 * 3 × 730 × $0.06 = $131.40 used + 2 × 730 × $0.06 = $87.60 unused; utilisation 3 ÷ 5 = 60 %.
 * With 1 RI: 730 × $0.06 = $43.80 + 2 × 730 × $0.096 On-Demand = $140.16.
 * Part-time groups are not passed here: they stay On-Demand (which hours they run is not modelled), so any
 * commitment they might use in their hours is counted unused — an upper bound on the unused line, as for Fargate.
 */
export function applyEc2Commitment(
  builder: LineBuilder,
  purchase: Ec2Purchase,
  model: Ec2PriceModel,
  groups: readonly CommittedGroup[],
  prefix: string,
): Ec2Commitment {
  if (purchase.option === "reserved") return applyReservedInstances(builder, purchase, model, groups, prefix);
  const covered = groups.flatMap((g) =>
    g.instanceLine ? [{ line: g.instanceLine, onDemandUsage: usageKeys.ec2InstanceHours(g.plan.spec.instanceType, g.os) }] : [],
  );
  const plan = applyPlanCommitment(builder, covered, purchase.savingsPlan, model, {
    id: `${prefix}:savings-plan-unused-commitment`,
    // both plan types are in AWS's Savings Plans price list (AWSComputeSavingsPlan offer)
    service: "ComputeSavingsPlans",
    usedBy: "DETAIL_USED_BY_NODES",
  });
  return { commitmentLines: plan.commitmentLines, notes: plan.notes };
}

function applyReservedInstances(
  builder: LineBuilder,
  purchase: Ec2Purchase,
  model: Ec2PriceModel,
  groups: readonly CommittedGroup[],
  prefix: string,
): Ec2Commitment {
  const byType = new Map<string, CommittedGroup[]>();
  for (const group of groups) {
    if (!group.instanceLine) continue;
    const type = group.plan.spec.instanceType;
    byType.set(type, [...(byType.get(type) ?? []), group]);
  }
  const stated = purchase.reservedInstances;
  for (const type of Object.keys(stated ?? {})) {
    lookupInstance(builder.book, type, `purchase.ec2.reservedInstances.${type}`);
    if (!byType.has(type)) byType.set(type, []);
  }
  const commitmentLines: CostLine[] = [];
  const notes: Message[] = [];
  for (const [type, typeGroups] of byType) {
    const nodes = typeGroups.reduce((sum, g) => sum + g.plan.nodeCount, 0);
    const reserved = stated === undefined ? nodes : (stated[type] ?? 0);
    const coveredNodes = Math.min(reserved, nodes);
    const share = nodes === 0 ? new Decimal(0) : new Decimal(coveredNodes).div(nodes);
    for (const group of typeGroups) {
      const line = group.instanceLine as CostLine;
      const onDemandUsage = usageKeys.ec2InstanceHours(type, group.os);
      if (splitCoveredLine(builder, line, share, onDemandUsage, model)) commitmentLines.push(line);
    }
    const unused = reserved - coveredNodes;
    const os = typeGroups[0]?.os ?? "linux";
    if (unused > 0) {
      const line = addDerivedLine(
        builder,
        {
          id: `${prefix}:reserved-unused:${type}`,
          nameMessage: message("LINE_UNUSED_RESERVED_INSTANCES", { unused, instanceType: type, ...nested("purchase", model.labelMessage) }),
          category: "compute",
          usage: usageKeys.ec2InstanceHours(type, os),
          quantity: HOURS_PER_MONTH.times(unused),
          detailMessages: [message("DETAIL_UNUSED_RESERVED_INSTANCES", { unused, instanceType: type })],
        },
        {
          priceUsd: (onDemand) => model.price(type, onDemand).effectiveHourly,
          describe: `${model.label}: ${model.basis}`,
          sourceId: model.sourceId,
          isReferenceEstimate: model.isReferenceEstimate,
        },
      );
      if (line) commitmentLines.push(line);
    }
    if (stated !== undefined && stated[type] !== undefined) {
      notes.push(
        message("NOTE_RESERVED_INSTANCES_UTILISATION", {
          ...nested("plan", model.labelMessage),
          instanceType: type,
          reserved,
          used: coveredNodes,
          onDemandNodes: nodes - coveredNodes,
          utilisationPercent: reserved === 0 ? "100" : fmt(new Decimal(coveredNodes).times(100).div(reserved).toDecimalPlaces(2)),
        }),
      );
    }
  }
  return { commitmentLines, notes };
}
