import type { CostLine } from "../lines/cost-line";
import { LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import type { MissingRate } from "../price-book/rate";
import type { PriceBook } from "../price-book/price-book";
import { usageKeys } from "../price-book/usage-keys";
import type { Scenario } from "../scenario/scenario-schema";
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

/** EC2 instance lines of a pattern (On-Demand or under the purchase option). @example ec2InstanceLines(eksEc2.lines).map((l) => l.rate.usage) //=> ["ec2/on-demand/linux/m6i.xlarge"] */
export function ec2InstanceLines(lines: readonly CostLine[]): CostLine[] {
  return lines.filter((line) => line.rate.usage.startsWith("ec2/"));
}
