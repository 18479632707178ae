import type { Decimal } from "../money/decimal";
import { perNodeFit } from "./first-fit-runs";
import type { PricedType } from "./instance-price-table";
import type { PackLimits, TaskGroup } from "./pack-tasks";

/** A candidate type of the search with its packing limits (cheapest-fit.ts `candidateCapacities`). */
type Candidate = { priced: PricedType; limits: PackLimits };

/**
 * cheapestFit's answer for tasks of ONE shape, in one pass and without packing every contender (issue 19: a batch
 * service's node group is one shape, and at 1,000 services these searches were ~2,600 per analysis, each sorting
 * every type). With one shape a node holds perNode = min(⌊cpu ÷ c⌋, ⌊memory ÷ m⌋, task slots) of the tasks, first fit
 * opens ⌈n ÷ perNode⌉ nodes, and pack-lower-bound.ts proves that same count — so the branch and bound's answer is the
 * type of least exact cost, nodes (after `nodesOf`, the availability rounding) × per-node hourly, by name on a tie.
 * The integer keys (nodes × rankKey, each node-hour rounded up by < 10^-12 USD) find the least key; only the types
 * whose exact cost could still reach it (key − nodes ≤ the least key) are compared as exact decimals.
 * one-shape-fit.test.ts checks the answer against the branch and bound on random shapes and catalogs.
 * @example oneShapeAnswer({ name: "w", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 6 }, [m5.large, m5.xlarge on ECS], (n) => n)
 * //=> m5.xlarge: 1 node holds all 6 ($142.56/month with its 30 GiB gp3 root volume); m5.large holds 3, so 2 × $72.48 = $144.96
 */
export function oneShapeAnswer<C extends Candidate>(
  group: TaskGroup,
  candidates: readonly C[],
  nodesOf: (packed: number) => number,
): C | undefined {
  const keyed: { candidate: C; nodes: number; key: bigint }[] = [];
  let least: bigint | undefined;
  for (const candidate of candidates) {
    const { limits } = candidate;
    const perNode = perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks);
    if (perNode === 0) continue;
    const nodes = nodesOf(Math.ceil(group.count / perNode));
    const key = BigInt(nodes) * candidate.priced.rankKey;
    keyed.push({ candidate, nodes, key });
    if (least === undefined || key < least) least = key;
  }
  if (least === undefined) return undefined;
  let best: { candidate: C; usd: Decimal } | undefined;
  for (const { candidate, nodes, key } of keyed) {
    if (key - BigInt(nodes) > least) continue;
    const usd = candidate.priced.perNodeHourly.times(nodes);
    const order = best ? usd.comparedTo(best.usd) : -1;
    if (!best || order < 0 || (order === 0 && candidate.priced.spec.instanceType < best.candidate.priced.spec.instanceType)) {
      best = { candidate, usd };
    }
  }
  return best?.candidate;
}
