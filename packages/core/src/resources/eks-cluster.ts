import type { CostLine } from "../lines/cost-line";
import type { LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Eks } from "../scenario/extras-schema";
import { HOURS_PER_MONTH } from "../units/time";

/** The id of the extended-support surcharge line in an EKS bill. */
export const EXTENDED_SUPPORT_LINE_ID = "shared:eks-extended-support";

/** Why a cluster pays extended support: its support tier says so, or the upgrade policy is to stay on it. */
export type ExtendedSupportCause = "tier" | "policy";

/**
 * The extended-support surcharge, $0.50/cluster-hour on top of standard support (S7, S9, F3).
 * Example: 1 cluster × 730 h × $0.50 = $365.00.
 */
export function addExtendedSupportLine(builder: LineBuilder, eks: Eks, cause: ExtendedSupportCause): CostLine | undefined {
  const clusterHours = new Decimal(eks.clusterCount).times(HOURS_PER_MONTH);
  const why = cause === "tier" ? "" : ": staying on extended support (ops.upgradePolicy)";
  return builder.add({
    id: EXTENDED_SUPPORT_LINE_ID, name: "EKS extended support surcharge", category: "control-plane",
    usage: usageKeys.eksExtendedSupportSurchargeHours(), quantity: clusterHours, detail: `${eks.clusterCount} cluster(s) × 730 h${why}`,
  });
}

/**
 * Amazon EKS control plane, per cluster-hour.
 * Product: https://aws.amazon.com/eks/   Pricing: https://aws.amazon.com/eks/pricing/
 * Standard support $0.10/cluster-hour; a cluster whose Kubernetes version has left standard support
 * pays an extended-support surcharge of $0.50/cluster-hour on top ($0.60 in all) (S7, S9, F3) — when
 * `eks.supportTier` is "extended" or the upgrade policy is "stay-on-extended-support".
 * Example: 1 cluster × 730 h × $0.10 = $73.00; extended: + 730 × $0.50 = $438.00 in all.
 * ECS has no control-plane charge (S1, S2: ECS-EC2 metering SKUs priced at $0).
 */
export function addEksClusterLines(builder: LineBuilder, eks: Eks, extendedSupport: ExtendedSupportCause | null): void {
  const clusterHours = new Decimal(eks.clusterCount).times(HOURS_PER_MONTH);
  builder.add({
    id: "shared:eks-cluster", name: "EKS control plane (standard support)", category: "control-plane",
    usage: usageKeys.eksClusterHours(), quantity: clusterHours, detail: `${eks.clusterCount} cluster(s) × 730 h`,
  });
  if (extendedSupport) addExtendedSupportLine(builder, eks, extendedSupport);
}

/**
 * Whether (and why) a scenario's EKS clusters pay extended support: `eks.supportTier: extended`, or
 * `ops.upgradePolicy: stay-on-extended-support` (the contradiction "upgrade" + "extended" is rejected
 * by `resolveOpsSettings`). @example extendedSupportCause({ eks: { supportTier: "standard" }, ops: { upgradePolicy: "stay-on-extended-support" } }) //=> "policy"
 */
export function extendedSupportCause(scenario: { eks: Eks; ops: { upgradePolicy?: string | undefined } }): ExtendedSupportCause | null {
  if (scenario.eks.supportTier === "extended") return "tier";
  return scenario.ops.upgradePolicy === "stay-on-extended-support" ? "policy" : null;
}
