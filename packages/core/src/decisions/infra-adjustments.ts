import type { CostLine } from "../lines/cost-line";
import { LineBuilder } from "../lines/line-builder";
import { Decimal, parseDecimal, sumDecimals } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate, Rate } from "../price-book/rate";
import { usageKeys } from "../price-book/usage-keys";
import type { Scenario } from "../scenario/scenario-schema";
import { EKS_AUTO_MODE } from "../ops/modifiers";
import { HOURS_PER_MONTH } from "../units/time";

/** The id the core gives the extended-support surcharge line (resources/eks-cluster.ts). */
export const EXTENDED_SUPPORT_LINE_ID = "shared:eks-extended-support";

/**
 * The extended-support surcharge for `eks.clusterCount` clusters, priced from the book
 * ($0.50/cluster-hour on top of $0.10: F3, S7), or the missing rate.
 * @example extendedSupportLine(scenario, book).line?.monthlyUsd.toFixed() //=> "365" (1 cluster × 730 h × $0.50)
 */
export function extendedSupportLine(scenario: Scenario, book: PriceBook): { line: CostLine | undefined; missing: MissingRate[] } {
  const builder = new LineBuilder(book, scenario.region);
  const line = builder.add({
    id: EXTENDED_SUPPORT_LINE_ID, name: "EKS extended support surcharge (upgrade policy)", category: "control-plane",
    usage: usageKeys.eksExtendedSupportSurchargeHours(), quantity: new Decimal(scenario.eks.clusterCount).times(HOURS_PER_MONTH),
    detail: `${scenario.eks.clusterCount} cluster(s) × 730 h: staying on extended support (ops.upgradePolicy)`,
  });
  return { line, missing: builder.missing };
}

/** EC2 instance lines of a pattern (the compute the Auto Mode surcharge is quoted on). @example ec2InstanceLines(eksEc2.lines).map((l) => l.rate.usage) //=> ["ec2/on-demand/linux/m6i.xlarge"] */
export function ec2InstanceLines(lines: readonly CostLine[]): CostLine[] {
  return lines.filter((line) => line.rate.usage.startsWith("ec2/"));
}

/**
 * EKS Auto Mode's management fee, modelled as ≈12 % of the EC2 instance cost (F19, secondary source:
 * not an AWS price-list rate, so its provenance says so).
 * @example autoModeLine(eksEc2, "us-east-1")?.monthlyUsd //=> 12 % of the EC2 instance lines' total
 */
export function autoModeLine(pattern: PatternEstimate, region: string): CostLine | undefined {
  const ec2Usd = sumDecimals(ec2InstanceLines(pattern.lines).map((line) => line.monthlyUsd));
  if (ec2Usd.isZero()) return undefined;
  const rate: Rate = {
    service: "ModelledSurcharge", region, usage: "eks/auto-mode/share-of-ec2", priceUsd: EKS_AUTO_MODE.computeSurchargeShare, unit: "USD",
    description: "EKS Auto Mode management, ≈12 % on top of EC2 instance cost", sourceId: "ops-effort.md F19", asOf: "undated",
  };
  const rateUsd = parseDecimal(rate.priceUsd);
  return {
    id: "shared:eks-auto-mode", name: "EKS Auto Mode management (≈12 % of EC2)", category: "compute", quantity: ec2Usd, unit: "USD",
    rate, rateUsd, monthlyUsd: ec2Usd.times(rateUsd), detail: `$${ec2Usd.toDecimalPlaces(2).toFixed()} of EC2 instances × ${rate.priceUsd} (F18–F19)`,
  };
}
