import type { PackLimits, TaskGroup } from "./pack-tasks";

/** Task sizes in one resource, smallest first, with how many tasks have each (zero-size tasks left out). */
type Ascending = { sizes: number[]; counts: number[]; zeroSized: boolean };

function ascending(groups: readonly TaskGroup[], size: (g: TaskGroup) => number): Ascending {
  const sorted = groups.filter((g) => g.count > 0).sort((a, b) => size(a) - size(b));
  return { sizes: sorted.map(size), counts: sorted.map((g) => g.count), zeroSized: sorted.some((g) => size(g) === 0) };
}

/**
 * The most tasks one node can hold in one resource: the smallest tasks first, as many as fit (any j tasks
 * need at least the j smallest sizes). @example tasksPerNodeAtMost(ascending([37 × 1000m], cpu), 7485) //=> 7
 */
function tasksPerNodeAtMost(order: Ascending, capacity: number): number {
  if (order.zeroSized) return Number.MAX_SAFE_INTEGER;
  let used = 0;
  let tasks = 0;
  for (let i = 0; i < order.sizes.length; i += 1) {
    const each = order.sizes[i] as number;
    const count = order.counts[i] as number;
    const fit = Math.min(count, Math.floor((capacity - used) / each));
    tasks += fit;
    used += fit * each;
    if (fit < count) return tasks;
  }
  return Number.MAX_SAFE_INTEGER;
}

/**
 * A lower bound on nodes for any packing of `groups`, for any node size (`limits`): the largest of
 * - total CPU, total memory and total tasks over one node's (the volume bounds), and
 * - the task count over the most tasks one node can hold by CPU or by memory, smallest tasks first
 *   (the cardinality bound). Example (the web-app example's ECS on EC2 group at ×5, issue 19): 37 tasks of
 *   1 vCPU on nodes of 7.485 vCPU: CPU volume says ⌈37 000 ÷ 7 485⌉ = 5 nodes, but no node holds more than
 *   ⌊7 485 ÷ 1 000⌋ = 7 of them, so ⌈37 ÷ 7⌉ = 6 — first fit's answer, proven without the exact search
 *   (which spent its whole 200 000-step budget failing to fit 5 nodes and left the plan marked heuristic).
 * The groups are read once; cheapestFit asks the bound for every candidate type of one group.
 * @example lowerBoundFor([{ name: "w", cpuMillicores: 500, memoryBytes: 1, count: 5 }])({ cpuMillicores: 2000, memoryBytes: 8, maxTasks: 29 }) //=> 2
 */
export function lowerBoundFor(groups: readonly TaskGroup[]): (limits: PackLimits) => number {
  let cpu = 0;
  let memory = 0;
  let tasks = 0;
  for (const g of groups) {
    cpu += g.cpuMillicores * g.count;
    memory += g.memoryBytes * g.count;
    tasks += g.count;
  }
  const byCpu = ascending(groups, (g) => g.cpuMillicores);
  const byMemory = ascending(groups, (g) => g.memoryBytes);
  const ceil = (a: number, b: number): number => (a === 0 ? 0 : b <= 0 ? Number.POSITIVE_INFINITY : Math.ceil(a / b));
  return (limits) => {
    if (tasks === 0) return 0;
    const perNode = Math.min(
      limits.maxTasks,
      tasksPerNodeAtMost(byCpu, limits.cpuMillicores),
      tasksPerNodeAtMost(byMemory, limits.memoryBytes),
    );
    return Math.max(1, ceil(cpu, limits.cpuMillicores), ceil(memory, limits.memoryBytes), ceil(tasks, perNode));
  };
}

/** lowerBoundFor for one node size. @example packLowerBound([{ name: "w", cpuMillicores: 500, memoryBytes: 1, count: 5 }], { cpuMillicores: 2000, memoryBytes: 8, maxTasks: 29 }) //=> 2 */
export function packLowerBound(groups: readonly TaskGroup[], limits: PackLimits): number {
  return lowerBoundFor(groups)(limits);
}
