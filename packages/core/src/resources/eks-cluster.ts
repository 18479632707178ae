import type { CostLine } from "../lines/cost-line";
import { message, type Message } from "../messages/message";
import type { LineBuilder } from "../lines/line-builder";
import { usageKeys } from "../price-book/usage-keys";
import type { Eks } from "../scenario/extras-schema";
import { anyExtendedTier, clusterHours, clusterHoursParts, eksClusterGroups } from "../scenario/eks-clusters";

/** The id of the extended-support surcharge line in an EKS bill. */
export const EXTENDED_SUPPORT_LINE_ID = "shared:eks-extended-support";

/** Why a cluster pays extended support: its support tier says so, or the upgrade policy is to stay on it. */
export type ExtendedSupportCause = "tier" | "policy";

/**
 * The extended-support surcharge, $0.50/cluster-hour on top of standard support (S7, S9, F3), for the
 * clusters that pay it: those on the extended tier, or every cluster under the "stay" upgrade policy.
 * Example: 1 cluster × 730 h × $0.50 = $365.00; 1 standard + 7 extended clusters: 7 × 730 × $0.50 = $2,555.
 */
export function addExtendedSupportLine(builder: LineBuilder, eks: Eks, cause: ExtendedSupportCause): CostLine | undefined {
  const groups = eksClusterGroups(eks).filter((g) => cause === "policy" || g.supportTier === "extended");
  const why = cause === "tier" ? [] : [message("DETAIL_STAYING_ON_EXTENDED_CONT")];
  return builder.add({
    id: EXTENDED_SUPPORT_LINE_ID,
    nameMessage: message("LINE_EKS_EXTENDED_SUPPORT"),
    category: "control-plane",
    usage: usageKeys.eksExtendedSupportSurchargeHours(),
    quantity: clusterHours(groups),
    detailMessages: [...clusterHoursParts(groups), ...why],
  });
}

/**
 * Amazon EKS control plane, per cluster-hour.
 * Product: https://aws.amazon.com/eks/   Pricing: https://aws.amazon.com/eks/pricing/
 * Standard support $0.10/cluster-hour; a cluster whose Kubernetes version has left standard support
 * pays an extended-support surcharge of $0.50/cluster-hour on top ($0.60 in all) (S7, S9, F3) — when
 * `eks.supportTier` is "extended" or the upgrade policy is "stay-on-extended-support".
 * Clusters may exist part of the month (`eks.hoursPerMonth`, default 730) and come in groups with their
 * own tier (`eks.clusters`). Example: 1 cluster × 730 h × $0.10 = $73.00; extended: + 730 × $0.50 = $438.00
 * in all; a cluster living 2 weeks (336 h): 336 × $0.10 = $33.60.
 * ECS has no control-plane charge (S1, S2: ECS-EC2 metering SKUs priced at $0).
 */
export function addEksClusterLines(builder: LineBuilder, eks: Eks, extendedSupport: ExtendedSupportCause | null): Message[] {
  const groups = eksClusterGroups(eks);
  const tier = eks.controlPlaneTier;
  if (tier === "standard" || !eks.provisionedTierReplacesStandardFee) {
    builder.add({
      id: "shared:eks-cluster",
      nameMessage: message("LINE_EKS_CONTROL_PLANE"),
      category: "control-plane",
      usage: usageKeys.eksClusterHours(),
      quantity: clusterHours(groups),
      detailMessages: clusterHoursParts(groups),
    });
  }
  const notes = tier === "standard" ? [] : addProvisionedTierLine(builder, eks);
  if (extendedSupport) addExtendedSupportLine(builder, eks, extendedSupport);
  return notes;
}

/**
 * EKS Provisioned Control Plane: a tier billed per cluster-hour (us-east-1 XL $1.65, 2XL $3.40, 4XL $6.90,
 * 8XL $13.90; usagetype `USE1-AmazonEKS-Hours:<tier>-ProvisionedTier`, S40 quoting the AmazonEKS offer;
 * https://aws.amazon.com/eks/pricing/). Whether it replaces or adds to the $0.10 standard fee is not
 * confirmed by an AWS page here: `eks.provisionedTierReplacesStandardFee` (default false, S40's reading)
 * decides, and a note says which. Example: 1 XL cluster × 730 h = $1,204.50, + $73.00 standard = $1,277.50.
 * A region without tier prices (Tokyo, eu-west-1 were not read) is a missing rate, never a guess.
 */
function addProvisionedTierLine(builder: LineBuilder, eks: Eks): Message[] {
  const groups = eksClusterGroups(eks);
  const tier = eks.controlPlaneTier;
  const line = builder.add({
    id: "shared:eks-provisioned-control-plane",
    nameMessage: message("LINE_EKS_PROVISIONED_CONTROL_PLANE", { tier: tier.toUpperCase() }),
    category: "control-plane",
    usage: usageKeys.eksProvisionedControlPlaneHours(tier),
    quantity: clusterHours(groups),
    detailMessages: clusterHoursParts(groups),
  });
  const code = eks.provisionedTierReplacesStandardFee ? "NOTE_PROVISIONED_CONTROL_PLANE_REPLACES" : "NOTE_PROVISIONED_CONTROL_PLANE_ADDED";
  const coded = message(code, { tier: tier.toUpperCase(), rate: line ? `$${line.rate.priceUsd}` : "(rate missing)" });
  return [coded];
}

/**
 * Whether (and why) a scenario's EKS clusters pay extended support: `eks.supportTier: extended`, or
 * `ops.upgradePolicy: stay-on-extended-support` (the contradiction "upgrade" + "extended" is rejected
 * by `resolveOpsSettings`). @example extendedSupportCause({ eks: { supportTier: "standard" }, ops: { upgradePolicy: "stay-on-extended-support" } }) //=> "policy"
 */
export function extendedSupportCause(scenario: { eks: Eks; ops: { upgradePolicy?: string | undefined } }): ExtendedSupportCause | null {
  // An explicit "stay" policy covers every cluster; otherwise only the extended-tier groups pay.
  if (scenario.ops.upgradePolicy === "stay-on-extended-support") return "policy";
  return anyExtendedTier(scenario.eks) ? "tier" : null;
}
