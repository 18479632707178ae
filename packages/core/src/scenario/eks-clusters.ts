import { message, type Message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import type { Eks } from "./extras-schema";

export type EksClusterGroup = { count: number; supportTier: Eks["supportTier"]; hoursPerMonth: Decimal };

/**
 * The scenario's EKS cluster groups: `eks.clusters` when given, else one group of `clusterCount`.
 * @example eksClusterGroups({ clusterCount: 1, supportTier: "standard", hoursPerMonth: 730, clusters: [{ count: 1, supportTier: "standard", hoursPerMonth: 730 }, { count: 7, supportTier: "extended", hoursPerMonth: 730 }] }).length //=> 2
 */
export function eksClusterGroups(eks: Eks): EksClusterGroup[] {
  const groups = eks.clusters ?? [{ count: eks.clusterCount, supportTier: eks.supportTier, hoursPerMonth: eks.hoursPerMonth }];
  return groups.map((g) => ({ count: g.count, supportTier: g.supportTier, hoursPerMonth: toQuantity(g.hoursPerMonth) }));
}

/** All clusters of the scenario. @example eksClusterTotal(eks with 1 + 7 clusters) //=> 8 */
export function eksClusterTotal(eks: Eks): number {
  return eksClusterGroups(eks).reduce((sum, g) => sum + g.count, 0);
}

/** Whether any cluster group is on the extended support tier. */
export function anyExtendedTier(eks: Eks): boolean {
  return eksClusterGroups(eks).some((g) => g.supportTier === "extended");
}

/** A line detail's parts, one per group: "1 cluster(s) × 730 h + 7 cluster(s) × 730 h (extended)" in English (lines/line-detail.ts). */
export function clusterHoursParts(groups: readonly EksClusterGroup[]): Message[] {
  return groups.map((g, index) =>
    message(`DETAIL_CLUSTER_HOURS${g.supportTier === "extended" ? "_EXTENDED" : ""}${index > 0 ? "_PLUS" : ""}` as const, {
      clusters: g.count,
      clusterHours: g.hoursPerMonth.toFixed(),
    }),
  );
}

/** Σ count × hours of the given groups. */
export function clusterHours(groups: readonly EksClusterGroup[]): Decimal {
  return groups.reduce((sum, g) => sum.plus(g.hoursPerMonth.times(g.count)), new Decimal(0));
}
