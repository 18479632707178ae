import type { Decimal } from "../money/decimal";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { InstanceSelection } from "../scenario/ec2-schema";
import type { PricedType } from "./instance-price-table";
import { nodeCapacity, type CapacitySettings, type NodeCapacity } from "./node-capacity";
import { packBest, type BestPack } from "./best-pack";
import { candidateCapacities, packLimits } from "./candidate-types";
import { EXACT_PACK_STEP_BUDGET } from "./exact-pack";
import { mergeShapes, type MergedShapes } from "./pack-shapes";
import { lowerBoundFor } from "./pack-lower-bound";
import { oneShapeAnswer, oneShapePack } from "./one-shape-fit";
import type { PackLimits, TaskGroup } from "./pack-tasks";

export { packLimits, selectableTypes } from "./candidate-types";

export type Availability = { minNodes: number; availabilityZones: number };

/** One homogeneous plan: every task of the group on `nodeCount` nodes of one type. */
export type FitCandidate = {
  priced: PricedType;
  capacity: NodeCapacity;
  /** Optimal up to 40 tasks, else best first-fit; with its lower bound (best-pack.ts). */
  pack: BestPack;
  /** Nodes after the minimum and the AZ spread. */
  nodeCount: number;
  /** nodeCount × per-node hourly (instance under the purchase option + root volume + IPv4). */
  hourlyUsd: Decimal;
};

export type CheapestFit = {
  /** Cheapest first: the answer, then the runners-up. Empty when no type can hold the tasks. */
  ranked: FitCandidate[];
  /** Types that passed the filters and can hold the largest task. */
  consideredCount: number;
  /** Types actually packed (the rest were pruned by their lower bound). */
  packedCount: number;
};

/** Nodes after the availability rules: at least minNodes, rounded up to a multiple of the AZ count. @example applyAvailability(4, { minNodes: 1, availabilityZones: 3 }) //=> 6 */
export function applyAvailability(nodes: number, availability: Availability): number {
  if (nodes === 0) return 0;
  const atLeast = Math.max(nodes, availability.minNodes);
  return Math.ceil(atLeast / availability.availabilityZones) * availability.availabilityZones;
}

/** A packing of merged shapes, reporting every service that fits no node (pack-shapes.ts). */
const withServiceNames = (pack: BestPack, shapes: MergedShapes): BestPack =>
  pack.unplaceable.length === 0 ? pack : { ...pack, unplaceable: shapes.expand(pack.unplaceable) };

/** A type's plan from its packing: nodes after the availability rules, and their hourly cost. */
function planFrom(priced: PricedType, capacity: NodeCapacity, pack: BestPack, availability: Availability): FitCandidate {
  const nodeCount = applyAvailability(pack.nodeCount, availability);
  return { priced, capacity, pack, nodeCount, hourlyUsd: priced.perNodeHourly.times(nodeCount) };
}

/** Packs a group on one given type (the user-chosen path, and each candidate of the search). @example planOnType(groups, m5Large, ecs, one).nodeCount //=> 1 for 3 × 500m */
export function planOnType(
  groups: readonly TaskGroup[],
  priced: PricedType,
  settings: CapacitySettings,
  availability: Availability,
): FitCandidate {
  const capacity = nodeCapacity(priced.spec, settings);
  const shapes = mergeShapes(groups);
  return planFrom(priced, capacity, withServiceNames(packBest(shapes.groups, packLimits(capacity)), shapes), availability);
}

/** `runnersUp: false`: the answer alone (a totals-only run shows no runners-up); the answer is the same either way. */
export type SearchOptions = { runnersUp?: boolean };

const byName = (a: PricedType, b: PricedType): number =>
  a.spec.instanceType < b.spec.instanceType ? -1 : a.spec.instanceType > b.spec.instanceType ? 1 : 0;
/** Cheaper first, to the last digit; by type name on a tie. */
const exactOrder = (a: FitCandidate, b: FitCandidate): number => a.hourlyUsd.comparedTo(b.hourlyUsd) || byName(a.priced, b.priced);

/**
 * The cheapest homogeneous node type for a group of tasks, searched over the whole catalog.
 *
 * Branch and bound: every selectable type gets a lower bound on its cost (LB nodes from total CPU,
 * memory and task counts and from the most tasks one node can hold (pack-lower-bound.ts), after availability rounding, × its per-node price; integer keys). Types
 * are packed in order of that bound, and the search stops once the next bound exceeds the cost of
 * the (runnersUp + 1)-th best plan found and, by more than the keys' rounding, the cheapest one's: no unpacked
 * type can then enter the list, nor be cheaper than its first to the last digit — so the answer does not
 * depend on `runnersUp` and a search without runners-up (`options.runnersUp: false`) packs far fewer types. The final
 * order of the packed plans compares exact decimals.
 * @example cheapestFit([{ name: "web", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 6 }], table, "x86_64", { families: ["m5"], … }, ecs, { minNodes: 1, availabilityZones: 1 }).ranked[0]
 * //=> 1 × m5.xlarge ($142.56/month), ahead of 2 × m5.large ($144.96) — see cheapest-fit.test.ts
 */
export function cheapestFit(groups: readonly TaskGroup[], ...search: FitSearch): CheapestFit {
  // One group per shape: the packings are the same (pack-shapes.ts), each candidate type's cost no longer grows with services.
  return cheapestFitOfShapes(mergeShapes(groups), ...search);
}

/** What a search runs over besides the tasks: the catalog, its filter and capacity settings, the availability rules. */
export type FitSearch = [
  table: readonly PricedType[],
  architecture: InstanceSpec["architecture"],
  selection: InstanceSelection,
  settings: CapacitySettings,
  availability: Availability,
  options?: SearchOptions,
];

/** cheapestFit of groups already merged by shape (cheapest-fit-memo.ts merges once for its key and the search). */
export function cheapestFitOfShapes(shapes: MergedShapes, ...search: FitSearch): CheapestFit {
  const [table, architecture, selection, settings, availability, options = {}] = search;
  let maxCpu = 0;
  let maxMemory = 0;
  for (const g of shapes.groups) {
    if (g.count <= 0) continue;
    maxCpu = Math.max(maxCpu, g.cpuMillicores);
    maxMemory = Math.max(maxMemory, g.memoryBytes);
  }
  const keep = options.runnersUp === false ? 1 : selection.runnersUp + 1;
  const candidates = candidateCapacities(table, architecture, selection, settings).filter(
    ({ capacity }) => capacity.packCpuMillicores >= maxCpu && capacity.packMemoryBytes >= maxMemory && capacity.maxTasks >= 1,
  );
  const only = shapes.groups[0];
  if (keep === 1 && only && shapes.groups.length === 1) {
    // One shape, the answer alone: no branch and bound needed, nor the packer (one-shape-fit.ts).
    const winner = oneShapeAnswer(only, candidates, (nodes) => applyAvailability(nodes, availability));
    if (!winner) return { ranked: [], consideredCount: candidates.length, packedCount: 0 };
    const plan = planFrom(winner.priced, winner.capacity, oneShapePack(only, winner.limits), availability);
    return { ranked: [plan], consideredCount: candidates.length, packedCount: 1 };
  }
  const lowerBound = lowerBoundFor(shapes.groups);
  const bounded: { priced: PricedType; capacity: NodeCapacity; limits: PackLimits; lbKey: bigint }[] = [];
  let maxLbNodes = 0;
  for (const { priced, capacity, limits } of candidates) {
    const lb = applyAvailability(lowerBound(limits), availability);
    maxLbNodes = Math.max(maxLbNodes, lb);
    bounded.push({ priced, capacity, limits, lbKey: BigInt(lb) * priced.rankKey });
  }
  // A key rounds each node-hour up by < 1 (10^-12 USD): a type whose bound key exceeds the answer's key by more
  // than maxLbNodes is dearer to the last digit (its exact cost ≥ lbKey − lb nodes > the answer's key ≥ its exact cost).
  const slack = BigInt(maxLbNodes);
  bounded.sort((a, b) => (a.lbKey < b.lbKey ? -1 : a.lbKey > b.lbKey ? 1 : byName(a.priced, b.priced)));
  const top: { key: bigint; plan: FitCandidate }[] = [];
  let packedCount = 0;
  let answer: { key: bigint; plan: FitCandidate } | undefined;
  for (const candidate of bounded) {
    const worst = top[keep - 1];
    // Stop once no later type can be a runner-up (bound above the keep-th key) nor the answer (see `slack`).
    if (top.length >= keep && worst && candidate.lbKey > worst.key && answer && candidate.lbKey > answer.key + slack) break;
    // The exact search only where this type could become the answer (its bound beats the best plan so far),
    // with the same step budget as planOnType, so the answer is never dearer than packing any one type
    // (a shared budget ran out on a 33-task group and kept a first-fit count that planOnType beat:
    // fast-check seed 1433011992). Runners-up may keep the first-fit count (labelled heuristic, with its gap):
    // their bound already shows they cannot beat the best plan.
    const best = top[0];
    const couldWin = !best || candidate.lbKey < best.key;
    const pack = withServiceNames(packBest(shapes.groups, candidate.limits, { steps: couldWin ? EXACT_PACK_STEP_BUDGET : 0 }), shapes);
    packedCount += 1;
    const plan = planFrom(candidate.priced, candidate.capacity, pack, availability);
    const entry = { key: BigInt(plan.nodeCount) * candidate.priced.rankKey, plan };
    if (!answer || exactOrder(plan, answer.plan) < 0) answer = entry;
    top.push(entry);
    top.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (top.length > keep) top.pop();
  }
  // The answer is the cheapest packed plan to the last digit (by name on a tie), then the runners-up in that order.
  const rest = top.map((t) => t.plan).filter((plan) => plan !== answer?.plan);
  const ranked = answer ? [answer.plan, ...rest.sort(exactOrder)].slice(0, keep) : [];
  return { ranked, consideredCount: bounded.length, packedCount };
}
