import { firstFitRuns, perNodeFit } from "./first-fit-runs";
import { packFromRuns } from "./pack-from-runs";

/**
 * Places every task/pod on identical nodes with **first-fit decreasing (FFD)** on the dominant
 * resource share.
 *
 * Why FFD: it is the classic bin-packing heuristic with a proven bound (FFD ≤ 11/9·OPT + 6/9 bins
 * in one dimension, Dósa 2007), it is what cluster schedulers approximate (Karpenter and the
 * cluster autoscaler's estimator also sort pods by size and first-fit them), and it runs in
 * O(shapes²) here (first-fit-runs.ts: nodes of one load are one run). For two resources (CPU, memory) items are sorted by their *dominant
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
      merged.push({
        name: group.name,
        cpuMillicores: group.cpuMillicores,
        memoryBytes: group.memoryBytes,
        count: group.count,
        names: [group.name],
      });
    }
  }
  return merged;
}

/**
 * @example packTasks([{ name: "web", cpuMillicores: 500, memoryBytes: 2**30, count: 5 }], { cpuMillicores: 2000, memoryBytes: 4 * 2**30, maxTasks: 29 }).nodeCount //=> 2
 */
export function packTasks(groups: readonly TaskGroup[], limits: PackLimits, order?: readonly TaskGroup[]): PackResult {
  const unplaceable: string[] = [];
  // `order`: the same groups in another first-fit order (best-pack.ts tries CPU and memory orders too).
  // Identical shapes next to each other pack as one run (same answer, a loop per shape, not per service).
  const sorted = mergeIdenticalRuns((order ?? sortForPacking(groups, limits)).filter((g) => g.count > 0));
  const { runs, unplaceable: unplaced } = firstFitRuns(sorted, limits);
  for (const index of unplaced) unplaceable.push(...(sorted[index]?.names ?? []));
  return packFromRuns(runs, unplaceable);
}
