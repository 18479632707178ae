import type { NodePlan } from "../ec2/node-plan";
import type { CostLine } from "../lines/cost-line";
import { parseDecimal, sumDecimals } from "../money/decimal";
import type { Rate } from "../price-book/rate";
import { EKS_AUTO_MODE } from "../ops/modifiers";

/** The id of the Auto Mode fee line in an EKS-on-EC2 bill. */
export const AUTO_MODE_LINE_ID = "shared:eks-auto-mode";

/** EC2 instance lines of a bill (the compute the Auto Mode fee is quoted on). @example ec2InstanceLines(eksEc2.lines).map((l) => l.rate.usage) //=> ["ec2/on-demand/linux/m6i.xlarge"] */
export function ec2InstanceLines(lines: readonly CostLine[]): CostLine[] {
  return lines.filter((line) => line.rate.usage.startsWith("ec2/"));
}

/** What the fee is computed from: the pattern's node plans and the instance lines priced for them. */
export type AutoModeBasis = { region: string; plans: readonly NodePlan[]; lines: readonly CostLine[] };

/**
 * EKS Auto Mode's management fee as a bill line of EKS on EC2, modelled as ≈12 % of the EC2 instance
 * cost (ops-effort.md F18–F19, a secondary source: not an AWS price-list rate, so the rate's
 * provenance says so). AWS bills the fee per instance-hour by instance type
 * (https://aws.amazon.com/eks/pricing/ "EKS Auto Mode"); issue 13 swaps this rate basis for the
 * per-type fee table, keeping the line id. Worked example: 3 × m6i.xlarge on-demand
 * (3 × 730 h × $0.192 = $420.48) → fee $420.48 × 0.12 = $50.4576.
 * @example autoModeFeeLine({ region: "us-east-1", plans, lines })?.monthlyUsd //=> 12 % of the EC2 instance lines' total
 */
export function autoModeFeeLine(basis: AutoModeBasis): CostLine | undefined {
  const ec2Usd = sumDecimals(ec2InstanceLines(basis.lines).map((line) => line.monthlyUsd));
  if (basis.plans.length === 0 || ec2Usd.isZero()) return undefined;
  const rate: Rate = {
    service: "ModelledSurcharge", region: basis.region, usage: "eks/auto-mode/share-of-ec2", priceUsd: EKS_AUTO_MODE.computeSurchargeShare, unit: "USD",
    description: "EKS Auto Mode management, ≈12 % on top of EC2 instance cost", sourceId: "ops-effort.md F19", asOf: "undated",
  };
  const rateUsd = parseDecimal(rate.priceUsd);
  return {
    id: AUTO_MODE_LINE_ID, name: "EKS Auto Mode management (≈12 % of EC2)", category: "compute", quantity: ec2Usd, unit: "USD",
    rate, rateUsd, monthlyUsd: ec2Usd.times(rateUsd), detail: `$${ec2Usd.toDecimalPlaces(2).toFixed()} of EC2 instances × ${rate.priceUsd} (F18–F19)`,
  };
}
