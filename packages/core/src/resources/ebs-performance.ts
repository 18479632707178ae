import type { NodePlan } from "../ec2/node-plan";
import { nested } from "../lines/line-names";
import { message } from "../messages/message";
import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import { HOURS_PER_MONTH } from "../units/time";

export const GP3_INCLUDED_IOPS = 3000;
export const GP3_INCLUDED_THROUGHPUT_MIBPS = 125;

/**
 * gp3 root volumes provisioned above the included 3,000 IOPS and 125 MiB/s: only the excess is billed, per
 * IOPS-month and per MiBps-month, prorated by the hours the nodes run.
 * Pricing: https://aws.amazon.com/ebs/pricing/ (S9/S39 us-east-1: $0.005/IOPS-month, $0.04/MiBps-month;
 * Tokyo $0.006 / $0.048, S36; eu-west-1 $0.0055 / $0.044, S47 — the price list quotes throughput per GiBps, ×1024).
 * Example (us-east-1): 3 nodes × (6,000 − 3,000) IOPS × 730/730 × $0.005 = $45.00;
 * 3 nodes × (250 − 125) MiB/s × $0.04 = $15.00.
 */
export function addGp3PerformanceLines(
  builder: LineBuilder,
  plan: NodePlan,
  input: { prefix: string; iops: number; throughputMibps: number },
): void {
  const extraIops = Math.max(0, input.iops - GP3_INCLUDED_IOPS);
  const extraThroughput = Math.max(0, input.throughputMibps - GP3_INCLUDED_THROUGHPUT_MIBPS);
  // Nothing above the included performance: both lines have zero quantity, which LineBuilder.add skips — so their
  // names and details are not built (every node group of every scaled run asked for them).
  if (plan.nodeCount === 0 || (extraIops === 0 && extraThroughput === 0)) return;
  const nodeMonths = new Decimal(plan.nodeCount).times(plan.hoursPerNode).div(HOURS_PER_MONTH);
  const base = { nodes: plan.nodeCount, hoursPerNode: fmt(plan.hoursPerNode) };
  builder.add({
    id: `${input.prefix}:${plan.key}:root-volume-iops`,
    nameMessage: message("LINE_EBS_GP3_IOPS", nested("group", plan.labelMessage)),
    category: "storage",
    usage: usageKeys.gp3IopsMonths(),
    quantity: nodeMonths.times(extraIops),
    detailMessages: [message("DETAIL_GP3_IOPS", { ...base, iops: input.iops })],
  });
  builder.add({
    id: `${input.prefix}:${plan.key}:root-volume-throughput`,
    nameMessage: message("LINE_EBS_GP3_THROUGHPUT", nested("group", plan.labelMessage)),
    category: "storage",
    usage: usageKeys.gp3ThroughputMibpsMonths(),
    quantity: nodeMonths.times(extraThroughput),
    detailMessages: [message("DETAIL_GP3_THROUGHPUT", { ...base, throughputMibps: input.throughputMibps })],
  });
}
