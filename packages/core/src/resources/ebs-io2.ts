import type { NodePlan } from "../ec2/node-plan";
import { nested } from "../lines/line-names";
import { message } from "../messages/message";
import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import { HOURS_PER_MONTH } from "../units/time";
import { splitIntoTiers } from "./tiers";

/** Upper ends of io2's first two provisioned-IOPS tiers, per volume (the third is open-ended). */
export const IO2_IOPS_TIER_BOUNDS = [32_000, 64_000] as const;

/**
 * io2 root volumes' provisioned IOPS: every IOPS is billed (no included baseline, unlike gp3), per IOPS-month in
 * three tiers per volume — up to 32,000, 32,001–64,000, above 64,000 — prorated by the hours the nodes run. The
 * storage itself is the root-volume GB-month line (usage ebs/io2/gb-months).
 * Pricing: https://aws.amazon.com/ebs/pricing/ ("io2: $0.065/provisioned IOPS-month up to 32,000 IOPS, $0.0455 from
 * 32,001 to 64,000, $0.03185 above 64,000", us-east-1); the rates come from regional_network_storage_rates.csv
 * (S36: Tokyo $0.142/GB-month, $0.074 / $0.0518 / $0.03626 per IOPS-month, usage types APN1-EBS:VolumeP-IOPS.io2,
 * .io2.tier2, .io2.tier3). A region without the rows gets missing rates (incomplete), never a guess.
 * Example (Tokyo): 2 nodes × 40,000 IOPS all month → 2 × 32,000 × $0.074 = $4,736 + 2 × 8,000 × $0.0518 = $828.80.
 */
export function addIo2IopsLines(builder: LineBuilder, plan: NodePlan, input: { prefix: string; iops: number }): void {
  if (plan.nodeCount === 0) return;
  const nodeMonths = new Decimal(plan.nodeCount).times(plan.hoursPerNode).div(HOURS_PER_MONTH);
  for (const slice of splitIntoTiers(new Decimal(input.iops), IO2_IOPS_TIER_BOUNDS)) {
    builder.add({
      id: `${input.prefix}:${plan.key}:root-volume-io2-iops-tier-${slice.tier}`,
      nameMessage:
        slice.toUnits === null
          ? message("LINE_EBS_IO2_IOPS_TOP_TIER", { fromIops: fmt(slice.fromUnits), ...nested("group", plan.labelMessage) })
          : message("LINE_EBS_IO2_IOPS_TIER", {
              fromIops: fmt(slice.fromUnits),
              toIops: fmt(slice.toUnits),
              ...nested("group", plan.labelMessage),
            }),
      category: "storage",
      usage: usageKeys.io2IopsMonths(slice.tier),
      quantity: nodeMonths.times(slice.quantity),
      detailMessages: [
        message("DETAIL_IO2_IOPS", { nodes: plan.nodeCount, hoursPerNode: fmt(plan.hoursPerNode), iops: fmt(slice.quantity) }),
      ],
    });
  }
}
