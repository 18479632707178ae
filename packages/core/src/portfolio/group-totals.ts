import { Decimal } from "../money/decimal";
import type { ServiceCost } from "./allocate-pattern";

/** The group of services that lack the tag. */
export const UNTAGGED = "(untagged)";

export type GroupTotal = { value: string; serviceCount: number; monthlyUsd: Decimal };

/**
 * Totals per value of one tag (e.g. team): every service lands in exactly one group (missing tag →
 * "(untagged)"), so the groups also sum exactly to the pattern total. Sorted by value.
 * @example groupTotals(costs, "team") //=> [{ value: "payments", serviceCount: 2, monthlyUsd: 120.5 }, …]
 */
export function groupTotals(costs: readonly ServiceCost[], tagKey: string): GroupTotal[] {
  const groups = new Map<string, GroupTotal>();
  for (const cost of costs) {
    const value = cost.tags[tagKey] ?? UNTAGGED;
    const group = groups.get(value) ?? { value, serviceCount: 0, monthlyUsd: new Decimal(0) };
    group.serviceCount += 1;
    group.monthlyUsd = group.monthlyUsd.plus(cost.monthlyUsd);
    groups.set(value, group);
  }
  return [...groups.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
