import { Decimal } from "../src/index";
import type { InstanceSelection } from "../src/index";
import type { CapacitySettings } from "../src/ec2/node-capacity";
import type { PricedType } from "../src/ec2/instance-price-table";
import type { TaskGroup } from "../src/ec2/pack-tasks";
import { isSelectable } from "../src/ec2/instance-filter";
import { nodeCapacity } from "../src/ec2/node-capacity";

/**
 * The naive baseline the bench compares against: what a straightforward implementation does —
 * every selectable type is tried (no lower-bound pruning, no same-shape dedup), tasks are expanded
 * one by one and first-fit in decreasing order with Decimal capacity arithmetic, and the cost of
 * every plan is a Decimal product.
 */
export function naiveCheapestFit(
  groups: readonly TaskGroup[],
  table: readonly PricedType[],
  architecture: "x86_64" | "arm64",
  selection: InstanceSelection,
  settings: CapacitySettings,
): { instanceType: string; nodes: number; hourlyUsd: Decimal } | undefined {
  const items = groups.flatMap((g) =>
    Array.from({ length: g.count }, () => ({ cpu: new Decimal(g.cpuMillicores), memory: new Decimal(g.memoryBytes) })),
  );
  let best: { instanceType: string; nodes: number; hourlyUsd: Decimal } | undefined;
  for (const priced of table) {
    if (!isSelectable(priced.spec, architecture, selection)) continue;
    const capacity = nodeCapacity(priced.spec, settings);
    const cpuCap = new Decimal(capacity.packCpuMillicores);
    const memoryCap = new Decimal(capacity.packMemoryBytes);
    if (items.some((item) => item.cpu.greaterThan(cpuCap) || item.memory.greaterThan(memoryCap))) continue;
    const sorted = [...items].sort((a, b) =>
      Decimal.max(b.cpu.div(cpuCap), b.memory.div(memoryCap)).comparedTo(Decimal.max(a.cpu.div(cpuCap), a.memory.div(memoryCap))),
    );
    const nodes: { cpu: Decimal; memory: Decimal; tasks: number }[] = [];
    for (const item of sorted) {
      const node = nodes.find(
        (n) =>
          n.cpu.plus(item.cpu).lessThanOrEqualTo(cpuCap) &&
          n.memory.plus(item.memory).lessThanOrEqualTo(memoryCap) &&
          n.tasks < capacity.maxTasks,
      );
      if (node) {
        node.cpu = node.cpu.plus(item.cpu);
        node.memory = node.memory.plus(item.memory);
        node.tasks += 1;
      } else {
        nodes.push({ cpu: item.cpu, memory: item.memory, tasks: 1 });
      }
    }
    const hourlyUsd = priced.perNodeHourly.times(nodes.length);
    if (!best || hourlyUsd.lessThan(best.hourlyUsd)) best = { instanceType: priced.spec.instanceType, nodes: nodes.length, hourlyUsd };
  }
  return best;
}
