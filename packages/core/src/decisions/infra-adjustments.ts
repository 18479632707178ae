import type { CostLine } from "../lines/cost-line";
import { LineBuilder } from "../lines/line-builder";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate } from "../price-book/rate";
import { addExtendedSupportLine, EXTENDED_SUPPORT_LINE_ID } from "../resources/eks-cluster";
import type { Scenario } from "../scenario/scenario-schema";

export { EXTENDED_SUPPORT_LINE_ID };

/**
 * The extended-support surcharge for `eks.clusterCount` clusters on its own, priced from the book
 * ($0.50/cluster-hour on top of $0.10: F3, S7), or the missing rate — for the upgrade-path side view,
 * which shows the path not taken. (On the chosen path the surcharge is a line of the EKS bills.)
 * @example extendedSupportLine(scenario, book).line?.monthlyUsd.toFixed() //=> "365" (1 cluster × 730 h × $0.50)
 */
export function extendedSupportLine(scenario: Scenario, book: PriceBook): { line: CostLine | undefined; missing: MissingRate[] } {
  const builder = new LineBuilder(book, scenario.region);
  const line = addExtendedSupportLine(builder, scenario.eks, "policy");
  return { line, missing: builder.missing };
}

/** EC2 instance lines of a pattern (On-Demand or under the purchase option). @example ec2InstanceLines(eksEc2.lines).map((l) => l.rate.usage) //=> ["ec2/on-demand/linux/m6i.xlarge"] */
export function ec2InstanceLines(lines: readonly CostLine[]): CostLine[] {
  return lines.filter((line) => line.rate.usage.startsWith("ec2/"));
}
