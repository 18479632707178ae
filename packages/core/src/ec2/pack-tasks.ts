/**
 * Places every task/pod on identical nodes with **first-fit decreasing (FFD)** on the dominant
 * resource share.
 *
 * Why FFD: it is the classic bin-packing heuristic with a proven bound (FFD ≤ 11/9·OPT + 6/9 bins
 * in one dimension, Dósa 2007), it is what cluster schedulers approximate (Karpenter and the
 * cluster autoscaler's estimator also sort pods by size and first-fit them), and it runs in
 * O(groups × nodes) here. For two resources (CPU, memory) items are sorted by their *dominant
 * share* max(cpu/nodeCpu, memory/nodeMemory), the usual ordering for vector packing. Identical
 * tasks of one service are placed in bulk (k at a time into the first node with room), which gives
 * exactly the same result as placing them one by one, but without the per-task loop.
 * All arithmetic is on integers (millicores, bytes), so no float rounding can overfill a node.
 */
export type TaskGroup = {
  /** Service name (for reporting). */
  name: string;
  cpuMillicores: number;
  memoryBytes: number;
  count: number;
};

export type PackLimits = { cpuMillicores: number; memoryBytes: number; maxTasks: number };

export type PackResult = {
  /** Nodes needed to hold every task (before min-node / AZ rounding). */
  nodeCount: number;
  /** Per node: CPU, memory and tasks placed. */
  usedCpuMillicores: number[];
  usedMemoryBytes: number[];
  usedTasks: number[];
  /** Tasks that fit on no empty node (then nodeCount is meaningless for them). */
  unplaceable: string[];
};

const perNodeFit = (group: TaskGroup, cpu: number, memory: number, tasks: number): number => {
  const byCpu = group.cpuMillicores > 0 ? Math.floor(cpu / group.cpuMillicores) : Number.MAX_SAFE_INTEGER;
  const byMemory = group.memoryBytes > 0 ? Math.floor(memory / group.memoryBytes) : Number.MAX_SAFE_INTEGER;
  return Math.min(byCpu, byMemory, tasks);
};

/** packTasks' placeability rule: a task of the group fits an empty node (else it is reported unplaceable). */
export const placesOnEmptyNode = (group: TaskGroup, limits: PackLimits): boolean =>
  perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks) !== 0;

/**
 * Dominant-share order, largest first; equal shares by CPU, then memory (larger first), then name, so
 * the result is deterministic and identical shapes sit together (merged into one run by `mergeIdenticalRuns`).
 */
export function sortForPacking(groups: readonly TaskGroup[], limits: PackLimits): TaskGroup[] {
  const share = (g: TaskGroup): number => Math.max(g.cpuMillicores / limits.cpuMillicores, g.memoryBytes / limits.memoryBytes);
  // Shares are only an ordering key (exact integers decide every fit); ties break on the name by code unit.
  return [...groups].sort(
    (a, b) =>
      share(b) - share(a) ||
      b.cpuMillicores - a.cpuMillicores ||
      b.memoryBytes - a.memoryBytes ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** A sorted group with the names of the identical-shape groups merged into it. */
type MergedGroup = TaskGroup & { names: string[] };

/**
 * Merges CONSECUTIVE groups of the same shape (CPU, memory) in packing order into one group with the
 * summed count. First fit places identical items one after another exactly as it would place them in
 * one run, so the packing is unchanged; it just loops over distinct shapes instead of services.
 * @example mergeIdenticalRuns([{ name: "a", cpuMillicores: 500, memoryBytes: 1, count: 2 }, { name: "b", cpuMillicores: 500, memoryBytes: 1, count: 3 }])
 * //=> [{ name: "a", …, count: 5, names: ["a", "b"] }]
 */
export function mergeIdenticalRuns(sorted: readonly TaskGroup[]): MergedGroup[] {
  const merged: MergedGroup[] = [];
  for (const group of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.cpuMillicores === group.cpuMillicores && last.memoryBytes === group.memoryBytes) {
      last.count += group.count;
      last.names.push(group.name);
    } else {
      merged.push({ ...group, names: [group.name] });
    }
  }
  return merged;
}

/**
 * @example packTasks([{ name: "web", cpuMillicores: 500, memoryBytes: 2**30, count: 5 }], { cpuMillicores: 2000, memoryBytes: 4 * 2**30, maxTasks: 29 }).nodeCount //=> 2
 */
export function packTasks(groups: readonly TaskGroup[], limits: PackLimits, order?: readonly TaskGroup[]): PackResult {
  const usedCpuMillicores: number[] = [];
  const usedMemoryBytes: number[] = [];
  const usedTasks: number[] = [];
  const unplaceable: string[] = [];
  // `order`: the same groups in another first-fit order (best-pack.ts tries CPU and memory orders too).
  // Identical shapes next to each other pack as one run (same answer, a loop per shape, not per service).
  const sorted = mergeIdenticalRuns((order ?? sortForPacking(groups, limits)).filter((g) => g.count > 0));
  // Suffix minima of the remaining groups' CPU and memory: a node with less free than both minima of what
  // is left (or no free task slot) can take nothing more, and — the minima only grow — never will again,
  // so the scan can start after it. This keeps first fit's answer and skips full nodes.
  const minCpuFrom = new Array<number>(sorted.length + 1).fill(Number.MAX_SAFE_INTEGER);
  const minMemoryFrom = new Array<number>(sorted.length + 1).fill(Number.MAX_SAFE_INTEGER);
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    minCpuFrom[i] = Math.min(minCpuFrom[i + 1] ?? 0, sorted[i]?.cpuMillicores ?? 0);
    minMemoryFrom[i] = Math.min(minMemoryFrom[i + 1] ?? 0, sorted[i]?.memoryBytes ?? 0);
  }
  let firstOpen = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    const group = sorted[index];
    if (!group) continue;
    let remaining = group.count;
    const minCpu = minCpuFrom[index] ?? 0;
    const minMemory = minMemoryFrom[index] ?? 0;
    while (
      firstOpen < usedTasks.length &&
      ((usedTasks[firstOpen] ?? 0) >= limits.maxTasks ||
        limits.cpuMillicores - (usedCpuMillicores[firstOpen] ?? 0) < minCpu ||
        limits.memoryBytes - (usedMemoryBytes[firstOpen] ?? 0) < minMemory)
    ) {
      firstOpen += 1;
    }
    if (perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks) === 0) {
      unplaceable.push(...group.names);
      continue;
    }
    const cpu = group.cpuMillicores;
    const memory = group.memoryBytes;
    for (let node = firstOpen; node < usedTasks.length && remaining > 0; node += 1) {
      const freeCpu = limits.cpuMillicores - (usedCpuMillicores[node] ?? 0);
      if (freeCpu < cpu) continue;
      const freeMemory = limits.memoryBytes - (usedMemoryBytes[node] ?? 0);
      if (freeMemory < memory) continue;
      const freeTasks = limits.maxTasks - (usedTasks[node] ?? 0);
      if (freeTasks <= 0) continue;
      const k = Math.min(remaining, perNodeFit(group, freeCpu, freeMemory, freeTasks));
      usedCpuMillicores[node] = (usedCpuMillicores[node] ?? 0) + k * cpu;
      usedMemoryBytes[node] = (usedMemoryBytes[node] ?? 0) + k * memory;
      usedTasks[node] = (usedTasks[node] ?? 0) + k;
      remaining -= k;
    }
    const perEmptyNode = perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks);
    while (remaining > 0) {
      const k = Math.min(remaining, perEmptyNode);
      usedCpuMillicores.push(k * group.cpuMillicores);
      usedMemoryBytes.push(k * group.memoryBytes);
      usedTasks.push(k);
      remaining -= k;
    }
  }
  return { nodeCount: usedTasks.length, usedCpuMillicores, usedMemoryBytes, usedTasks, unplaceable };
}
