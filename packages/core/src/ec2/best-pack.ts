import { packLowerBound } from "./pack-lower-bound";
import { packTasks, placesOnEmptyNode, type PackLimits, type PackResult, type TaskGroup } from "./pack-tasks";
import { packExactly, EXACT_PACK_MAX_TASKS, type StepBudget } from "./exact-pack";

/** How good a packing is: exact (proven optimal) or heuristic, and the proven lower bound on nodes. */
export type PackQuality = {
  method: "exact" | "heuristic";
  /** No packing of these tasks can use fewer nodes (nodeCount − lowerBoundNodes is the gap). */
  lowerBoundNodes: number;
};
export type BestPack = PackResult & { quality: PackQuality };

const bySize =
  (first: (g: TaskGroup) => number, second: (g: TaskGroup) => number) =>
  (groups: readonly TaskGroup[]): TaskGroup[] =>
    [...groups].sort((a, b) => first(b) - first(a) || second(b) - second(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const isOneShape = (groups: readonly TaskGroup[]): boolean =>
  groups.every((g) => g.cpuMillicores === groups[0]?.cpuMillicores && g.memoryBytes === groups[0]?.memoryBytes);
/** The quality added IN PLACE to a fresh packing (never a shared one): a spread would write out its lazy per-node arrays (pack-from-runs.ts). */
export const withQuality = (pack: PackResult, quality: PackQuality): BestPack => Object.assign(pack, { quality });
const cpuOf = (g: TaskGroup): number => g.cpuMillicores;
const memoryOf = (g: TaskGroup): number => g.memoryBytes;

/**
 * FFD by dominant share (packTasks' own order), then by CPU, then by memory: the fewest nodes wins (ties: the first).
 * The other two orders run only when the first is above `lowerBound`: no order can beat a proven bound, so the
 * answer is the same and the common case (FFD already optimal) packs once, not three times (issue 19).
 */
function bestFirstFit(groups: readonly TaskGroup[], limits: PackLimits, lowerBound: number): PackResult {
  let best = packTasks(groups, limits);
  if (best.nodeCount <= lowerBound) return best;
  for (const order of [bySize(cpuOf, memoryOf), bySize(memoryOf, cpuOf)]) {
    const other = packTasks(groups, limits, order(groups));
    if (other.nodeCount < best.nodeCount) best = other;
  }
  return best;
}

/**
 * The packing a node group uses (issue 13, item 6).
 * - Up to EXACT_PACK_MAX_TASKS (40) tasks: the optimal node count, by branch and bound between the
 *   lower bound and first-fit decreasing (exact-pack.ts). If its search budget runs out first, the
 *   best packing found is kept and marked heuristic with the bound proven so far.
 * - Above that: first-fit decreasing over three orders (dominant share, CPU, memory), never worse
 *   than FFD by dominant share, marked heuristic with the lower bound (total CPU, memory, task slots).
 * Counterexample FFD gets wrong (issue 13): 3 × (1m, 30000Mi) + 7 × (1000m, 5Gi) on x2gd.xlarge-sized
 * nodes needs 3 nodes, FFD opens 4 — see best-pack.test.ts.
 * @example packBest([{ name: "w", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 5 }], { cpuMillicores: 2000, memoryBytes: 4 * 2 ** 30, maxTasks: 29 }).quality //=> { method: "exact", lowerBoundNodes: 2 }
 */
export function packBest(groups: readonly TaskGroup[], limits: PackLimits, budget?: StepBudget): BestPack {
  // A task that fits no empty node is unplaceable in every first-fit order (packTasks' own test), so the
  // bound over the placeable tasks is known before packing.
  const placeable = groups.filter((g) => g.count > 0 && placesOnEmptyNode(g, limits));
  const lowerBound = placeable.length === 0 ? 0 : packLowerBound(placeable, limits);
  const heuristic = bestFirstFit(groups, limits, lowerBound);
  if (heuristic.nodeCount <= lowerBound) return withQuality(heuristic, { method: "exact", lowerBoundNodes: heuristic.nodeCount });
  const taskCount = placeable.reduce((sum, g) => sum + g.count, 0);
  if (taskCount > EXACT_PACK_MAX_TASKS) return withQuality(heuristic, { method: "heuristic", lowerBoundNodes: lowerBound });
  // One task shape: a node holds at most perNode = min(⌊cpu/c⌋, ⌊mem/m⌋, maxTasks) of them, so ⌈n ÷ perNode⌉
  // nodes are needed, which is what first fit opens — the answer the search would prove, without the search
  // (issue 19: a batch service's group is one shape, and its search was most of an analysis' time).
  if (isOneShape(placeable)) return withQuality(heuristic, { method: "exact", lowerBoundNodes: heuristic.nodeCount });
  const exact = packExactly(placeable, limits, lowerBound, heuristic.nodeCount, budget);
  if (!exact.pack) {
    return withQuality(heuristic, { method: exact.proven ? "exact" : "heuristic", lowerBoundNodes: exact.provenLowerBound });
  }
  return {
    ...exact.pack,
    unplaceable: heuristic.unplaceable,
    quality: { method: exact.proven ? "exact" : "heuristic", lowerBoundNodes: exact.provenLowerBound },
  };
}
