import type { LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Eks } from "../scenario/extras-schema";
import { HOURS_PER_MONTH } from "../units/time";

/**
 * Amazon EKS control plane, per cluster-hour.
 * Product: https://aws.amazon.com/eks/   Pricing: https://aws.amazon.com/eks/pricing/
 * Standard support $0.10/cluster-hour; a cluster whose Kubernetes version has left standard support
 * pays an extended-support surcharge of $0.50/cluster-hour on top ($0.60 in all) (S7, S9, F3).
 * Example: 1 cluster × 730 h × $0.10 = $73.00; extended: + 730 × $0.50 = $438.00 in all.
 * ECS has no control-plane charge (S1, S2: ECS-EC2 metering SKUs priced at $0).
 */
export function addEksClusterLines(builder: LineBuilder, eks: Eks): void {
  const clusterHours = new Decimal(eks.clusterCount).times(HOURS_PER_MONTH);
  const detail = `${eks.clusterCount} cluster(s) × 730 h`;
  builder.add({
    id: "shared:eks-cluster", name: "EKS control plane (standard support)", category: "control-plane",
    usage: usageKeys.eksClusterHours(), quantity: clusterHours, detail,
  });
  if (eks.supportTier === "extended") {
    builder.add({
      id: "shared:eks-extended-support", name: "EKS extended support surcharge", category: "control-plane",
      usage: usageKeys.eksExtendedSupportSurchargeHours(), quantity: clusterHours, detail,
    });
  }
}
