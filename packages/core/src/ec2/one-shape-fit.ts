import type { Decimal } from "../money/decimal";
import { withQuality, type BestPack } from "./best-pack";
import { perNodeFit } from "./first-fit-runs";
import { packFromRuns, type NodeRun } from "./pack-from-runs";
import type { PricedType } from "./instance-price-table";
import type { PackLimits, TaskGroup } from "./pack-tasks";

/** A candidate type of the search with its packing limits (candidate-types.ts `candidateCapacities`). */
type Candidate = { priced: PricedType; limits: PackLimits };

/**
 * cheapestFit's answer for tasks of ONE shape, in two passes over the catalog and without packing every contender (issue 19: a batch
 * service's node group is one shape, and at 1,000 services these searches were ~2,600 per analysis, each sorting
 * every type). With one shape a node holds perNode = min(⌊cpu ÷ c⌋, ⌊memory ÷ m⌋, task slots) of the tasks, first fit
 * opens ⌈n ÷ perNode⌉ nodes, and pack-lower-bound.ts proves that same count — so the branch and bound's answer is the
 * type of least exact cost, nodes (after `nodesOf`, the availability rounding) × per-node hourly, by name on a tie.
 * A float estimate of each type's cost (nodes × its rank key as a number) finds the least; only the types within a
 * millionth of it are compared as exact decimals. That holds every type whose exact cost could be at or below the
 * least: a rank key rounds each node-hour up by less than 10^-12 USD, under a ten-millionth of any rate of at least
 * $0.00001/hour (cheaper types are always compared exactly), and the floats add ~10^-16 (issue 19: a BigInt product
 * per type of a catalog of hundreds was half of each search).
 * one-shape-fit.test.ts checks the answer against the branch and bound on random shapes and catalogs.
 * @example oneShapeAnswer({ name: "w", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 6 }, [m5.large, m5.xlarge on ECS], (n) => n)
 * //=> m5.xlarge: 1 node holds all 6 ($142.56/month with its 30 GiB gp3 root volume); m5.large holds 3, so 2 × $72.48 = $144.96
 */
export function oneShapeAnswer<C extends Candidate>(
  group: TaskGroup,
  candidates: readonly C[],
  nodesOf: (packed: number) => number,
): C | undefined {
  let least = Number.POSITIVE_INFINITY;
  for (const { limits, priced } of candidates) {
    const perNode = perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks);
    if (perNode > 0) least = Math.min(least, nodesOf(Math.ceil(group.count / perNode)) * priced.rankNumber);
  }
  if (least === Number.POSITIVE_INFINITY) return undefined;
  const near = least * (1 + NEAR);
  let best: { candidate: C; usd: Decimal } | undefined;
  for (const candidate of candidates) {
    const { limits, priced } = candidate;
    const perNode = perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks);
    if (perNode === 0) continue;
    const nodes = nodesOf(Math.ceil(group.count / perNode));
    if (nodes * priced.rankNumber > near && priced.rankKey >= EXACT_ONLY_BELOW) continue;
    const usd = priced.perNodeHourly.times(nodes);
    const order = best ? usd.comparedTo(best.usd) : -1;
    if (!best || order < 0 || (order === 0 && priced.spec.instanceType < best.candidate.priced.spec.instanceType)) {
      best = { candidate, usd };
    }
  }
  return best?.candidate;
}

/** How far above the least estimate a type is still compared exactly (relative): far above the estimates' error. */
const NEAR = 1e-6;
/** Rank keys below this (a node-hour under $0.00001) are always compared exactly: their rounding is not small enough. */
const EXACT_ONLY_BELOW = 10_000_000n;

/**
 * packBest's packing of tasks of ONE shape on one node type that holds at least one of them, without the packer: first
 * fit fills ⌊n ÷ perNode⌋ nodes with perNode tasks each and puts the rest on one more (first-fit-runs.ts opens exactly these
 * runs), and with one shape that count is proven optimal (best-pack.ts: "exact", bound = the count).
 * one-shape-fit.test.ts checks it equals packBest on random shapes and nodes.
 * @example oneShapePack({ name: "w", cpuMillicores: 500, memoryBytes: 1, count: 9 }, { cpuMillicores: 2000, memoryBytes: 100, maxTasks: 29 }).usedTasks //=> [4, 4, 1]
 */
export function oneShapePack(group: TaskGroup, limits: PackLimits): BestPack {
  const perNode = perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks);
  const full = Math.floor(group.count / perNode);
  const rest = group.count - full * perNode;
  const runs: NodeRun[] = [];
  const load = (tasks: number, count: number) =>
    runs.push({ count, cpu: tasks * group.cpuMillicores, memory: tasks * group.memoryBytes, tasks });
  if (full > 0) load(perNode, full);
  if (rest > 0) load(rest, 1);
  const pack = packFromRuns(runs, []);
  return withQuality(pack, { method: "exact", lowerBoundNodes: pack.nodeCount });
}
