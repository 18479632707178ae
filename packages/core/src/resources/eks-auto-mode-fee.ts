import type { NodePlan } from "../ec2/node-plan";
import type { CostLine } from "../lines/cost-line";
import { fmt, LineBuilder } from "../lines/line-builder";
import { Decimal, parseDecimal } from "../money/decimal";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate, Rate } from "../price-book/rate";
import { usageKeys } from "../price-book/usage-keys";

/**
 * EKS Auto Mode management fee: per managed instance-hour of each instance type, "in addition to the
 * Amazon EC2 instance price" (https://aws.amazon.com/eks/pricing/, quoted by S40), quoted on the
 * ON-DEMAND price and never discounted by Spot, Reserved Instances or Savings Plans — so it is priced
 * from the fee table or the On-Demand rate, never from the node line's (possibly discounted) rate.
 * - The fee table (managed_compute_fees.csv eks_auto_mode rows, usagetype `EKS-Auto:<type>-management-hours`,
 *   S40/S43/S45) where it has the type in the region: e.g. us-east-1 m7i.large $0.0121/h.
 * - Otherwise an estimate from the rule every table row follows: 12 % of the type's On-Demand price
 *   rounded to 5 decimals (us-east-1 m7i.large: 0.1008 × 0.12 = 0.012096 → 0.01210), 7.80 % for G-series
 *   GPU types (12 % × 0.65 after the 2026-07-01 G-series cut: Tokyo g6.xlarge 1.1672 × 0.078 → 0.09104, S43).
 * A reusable function of (node plans, price book) so any pattern with Auto Mode nodes can bill it.
 */
export const AUTO_MODE_FEE_SHARE = new Decimal("0.12");
export const AUTO_MODE_GPU_FEE_SHARE = new Decimal("0.078");
const FEE_DECIMALS = 5;

/** The fee rate rule: 12 % (G-series 7.8 %) of On-Demand, 5 decimals. @example autoModeFeeEstimate("m7i.large", new Decimal("0.1008")).toFixed() //=> "0.0121" */
export function autoModeFeeEstimate(instanceType: string, onDemandHourly: Decimal): Decimal {
  const share = /^g\d/.test(instanceType) ? AUTO_MODE_GPU_FEE_SHARE : AUTO_MODE_FEE_SHARE;
  return onDemandHourly.times(share).toDecimalPlaces(FEE_DECIMALS, Decimal.ROUND_HALF_UP);
}

function estimatedRate(base: Rate, instanceType: string): Rate {
  const share = /^g\d/.test(instanceType) ? "7.80 % (G-series: 12 % × 0.65, S43)" : "12 %";
  return {
    ...base,
    service: "ModelledSurcharge",
    usage: usageKeys.eksAutoModeFeeHours(instanceType),
    priceUsd: autoModeFeeEstimate(instanceType, parseDecimal(base.priceUsd)).toFixed(),
    description: `estimate: EKS Auto Mode fee for ${instanceType} not in the fee table, so ${share} of its On-Demand $${base.priceUsd}/h rounded to 5 dp (the rule every fee-table row follows, S40/S43)`,
    sourceId: `${base.sourceId};S40`,
  };
}

/**
 * One fee line per node group (nodes × hours × the type's fee), or the missing rate.
 * @example autoModeFeeLines([3 × m7i.large × 730 h], book, "us-east-1").lines[0].monthlyUsd //=> 3 × 730 × 0.0121 = 26.499
 */
export function autoModeFeeLines(
  plans: readonly NodePlan[],
  book: PriceBook,
  region: string,
  idPrefix = "eks-ec2",
): { lines: CostLine[]; missing: MissingRate[] } {
  const builder = new LineBuilder(book, region);
  for (const plan of plans) {
    if (plan.nodeCount === 0) continue;
    const type = plan.spec.instanceType;
    const request = {
      id: `${idPrefix}:${plan.key}:auto-mode-fee`,
      name: `EKS Auto Mode fee, ${type} (${plan.label})`,
      category: "compute" as const,
      usage: usageKeys.eksAutoModeFeeHours(type),
      quantity: new Decimal(plan.nodeCount).times(plan.hoursPerNode),
      detail: `${plan.nodeCount} × ${type} × ${fmt(plan.hoursPerNode)} h, on the On-Demand price (not discounted by Spot/RI/Savings Plans)`,
    };
    if (book.rate(region, request.usage)) builder.add(request);
    else builder.add({ ...request, usage: usageKeys.ec2InstanceHours(type, "linux") }, (base) => estimatedRate(base, type));
  }
  return { lines: builder.lines, missing: builder.missing };
}

/** Whether a line is an Auto Mode fee line (never discounted, so what-ifs on compute leave it out). */
export function isAutoModeFeeLine(line: CostLine): boolean {
  return line.rate.usage.startsWith("eks/auto-mode/");
}
