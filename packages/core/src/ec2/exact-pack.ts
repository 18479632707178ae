import type { PackLimits, PackResult, TaskGroup } from "./pack-tasks";

/** Groups up to this many tasks are packed optimally (issue 13: "at least 40"). */
export const EXACT_PACK_MAX_TASKS = 40;
/**
 * Search steps for one packing, and for one cheapest-fit search over all its candidate types: bounds
 * the time of a pathological instance (the result then says "heuristic" with the gap to the bound).
 */
export const EXACT_PACK_STEP_BUDGET = 200_000;
export const CHEAPEST_FIT_STEP_BUDGET = 100_000;
/** Steps left; shared by the packings of one search. */
export type StepBudget = { steps: number };

type Item = { cpu: number; memory: number; sameAsPrevious: boolean };

/**
 * Branch and bound for the fewest nodes: for k = lowerBound … upperBound − 1, a depth-first search
 * tries to place the tasks (largest dominant share first) on k nodes. Pruning: identical tasks go to
 * non-decreasing node indices, a task opens at most the first empty node (nodes are interchangeable),
 * and a branch stops when the remaining tasks' CPU, memory or count exceed the free total. The first
 * k that fits is optimal, since every smaller k was searched exhaustively. Integers only.
 * Returns the packing for that k (or none if upperBound is optimal), whether the answer is proven,
 * and the largest k with no packing below it.
 * @example packExactly(groups, limits, 3, 4) //=> { pack: 3 nodes, proven: true, provenLowerBound: 3 } (best-pack.test.ts)
 */
export function packExactly(
  groups: readonly TaskGroup[],
  limits: PackLimits,
  lowerBound: number,
  upperBound: number,
  budget: StepBudget = { steps: EXACT_PACK_STEP_BUDGET },
): { pack: PackResult | undefined; proven: boolean; provenLowerBound: number } {
  const share = (g: TaskGroup): number => Math.max(g.cpuMillicores / limits.cpuMillicores, g.memoryBytes / limits.memoryBytes);
  // Equal-sized tasks sit next to each other (whatever service they belong to), so symmetry breaking covers them all.
  const sorted = [...groups].sort((a, b) => share(b) - share(a) || b.cpuMillicores - a.cpuMillicores || b.memoryBytes - a.memoryBytes);
  const items: Item[] = [];
  for (const g of sorted) {
    for (let i = 0; i < g.count; i += 1) {
      const previous = items[items.length - 1];
      items.push({
        cpu: g.cpuMillicores,
        memory: g.memoryBytes,
        sameAsPrevious: previous !== undefined && previous.cpu === g.cpuMillicores && previous.memory === g.memoryBytes,
      });
    }
  }
  const restCpu = new Array<number>(items.length + 1).fill(0);
  const restMemory = new Array<number>(items.length + 1).fill(0);
  for (let i = items.length - 1; i >= 0; i -= 1) {
    restCpu[i] = (restCpu[i + 1] ?? 0) + (items[i]?.cpu ?? 0);
    restMemory[i] = (restMemory[i + 1] ?? 0) + (items[i]?.memory ?? 0);
  }
  const minCpuFrom = new Array<number>(items.length + 1).fill(Number.MAX_SAFE_INTEGER);
  const minMemoryFrom = new Array<number>(items.length + 1).fill(Number.MAX_SAFE_INTEGER);
  for (let i = items.length - 1; i >= 0; i -= 1) {
    minCpuFrom[i] = Math.min(minCpuFrom[i + 1] ?? 0, items[i]?.cpu ?? 0);
    minMemoryFrom[i] = Math.min(minMemoryFrom[i + 1] ?? 0, items[i]?.memory ?? 0);
  }
  // Tasks above half a node's CPU (or memory) never share a node: at least that many nodes.
  const halves = Math.max(
    items.filter((i) => 2 * i.cpu > limits.cpuMillicores).length,
    items.filter((i) => 2 * i.memory > limits.memoryBytes).length,
  );
  const own = Math.min(EXACT_PACK_STEP_BUDGET, budget.steps);
  let steps = 0;
  for (let k = Math.max(lowerBound, halves); k < upperBound; k += 1) {
    const cpu = new Array<number>(k).fill(0);
    const memory = new Array<number>(k).fill(0);
    const tasks = new Array<number>(k).fill(0);
    const binOf = new Array<number>(items.length).fill(0);
    let freeCpu = k * limits.cpuMillicores;
    let freeMemory = k * limits.memoryBytes;
    let freeTasks = k * limits.maxTasks;
    let exhausted = false;
    const sameLoadBefore = (bin: number, from: number): boolean => {
      for (let other = from; other < bin; other += 1) {
        if (cpu[other] === cpu[bin] && memory[other] === memory[bin] && tasks[other] === tasks[bin]) return true;
      }
      return false;
    };
    // Free space on a node that cannot take even the smallest remaining task is lost: count only usable room.
    const roomForRest = (index: number): boolean => {
      const minCpu = minCpuFrom[index] ?? 0;
      const minMemory = minMemoryFrom[index] ?? 0;
      let usableCpu = 0;
      let usableMemory = 0;
      for (let bin = 0; bin < k; bin += 1) {
        const c = limits.cpuMillicores - (cpu[bin] ?? 0);
        const m = limits.memoryBytes - (memory[bin] ?? 0);
        if (c < minCpu || m < minMemory || (tasks[bin] ?? 0) >= limits.maxTasks) continue;
        usableCpu += c;
        usableMemory += m;
      }
      return (restCpu[index] ?? 0) <= usableCpu && (restMemory[index] ?? 0) <= usableMemory;
    };
    const place = (index: number, opened: number): boolean => {
      if (index === items.length) return true;
      steps += 1;
      budget.steps -= 1;
      if (steps > own) {
        exhausted = true;
        return false;
      }
      if ((restCpu[index] ?? 0) > freeCpu || (restMemory[index] ?? 0) > freeMemory || items.length - index > freeTasks) return false;
      if (!roomForRest(index)) return false;
      const item = items[index] as Item;
      const from = item.sameAsPrevious ? (binOf[index - 1] ?? 0) : 0;
      const to = Math.min(opened, k - 1);
      for (let bin = from; bin <= to; bin += 1) {
        if (
          (cpu[bin] ?? 0) + item.cpu > limits.cpuMillicores ||
          (memory[bin] ?? 0) + item.memory > limits.memoryBytes ||
          (tasks[bin] ?? 0) >= limits.maxTasks
        )
          continue;
        // Two nodes with the same load are interchangeable for this task: try only the first of them.
        if (sameLoadBefore(bin, from)) continue;
        cpu[bin] = (cpu[bin] ?? 0) + item.cpu;
        memory[bin] = (memory[bin] ?? 0) + item.memory;
        tasks[bin] = (tasks[bin] ?? 0) + 1;
        freeCpu -= item.cpu;
        freeMemory -= item.memory;
        freeTasks -= 1;
        binOf[index] = bin;
        if (place(index + 1, bin === opened ? opened + 1 : opened)) return true;
        cpu[bin] = (cpu[bin] ?? 0) - item.cpu;
        memory[bin] = (memory[bin] ?? 0) - item.memory;
        tasks[bin] = (tasks[bin] ?? 0) - 1;
        freeCpu += item.cpu;
        freeMemory += item.memory;
        freeTasks += 1;
        if (exhausted) return false;
      }
      return false;
    };
    if (place(0, 0)) {
      const used = cpu.map((_, bin) => bin).filter((bin) => (tasks[bin] ?? 0) > 0);
      return {
        pack: {
          nodeCount: used.length,
          usedCpuMillicores: used.map((bin) => cpu[bin] ?? 0),
          usedMemoryBytes: used.map((bin) => memory[bin] ?? 0),
          usedTasks: used.map((bin) => tasks[bin] ?? 0),
          unplaceable: [],
        },
        proven: true,
        provenLowerBound: used.length,
      };
    }
    if (exhausted) return { pack: undefined, proven: false, provenLowerBound: k };
  }
  return { pack: undefined, proven: true, provenLowerBound: upperBound };
}
