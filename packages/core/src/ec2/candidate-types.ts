import type { InstanceSpec } from "../price-book/instance-spec";
import type { InstanceSelection } from "../scenario/ec2-schema";
import { isSelectable } from "./instance-filter";
import type { PricedType } from "./instance-price-table";
import { jsonKey } from "./json-key";
import { nodeCapacity, specMemoryMib, type CapacitySettings, type NodeCapacity } from "./node-capacity";
import type { PackLimits } from "./pack-tasks";
import { memoEntry, newMap } from "../util/memo-entry";

/** A node's room as the packer reads it. @example packLimits(nodeCapacity(m5Large, ecs)) //=> { cpuMillicores: 1700, … } */
export function packLimits(capacity: NodeCapacity): PackLimits {
  return { cpuMillicores: capacity.packCpuMillicores, memoryBytes: capacity.packMemoryBytes, maxTasks: capacity.maxTasks };
}

/** Among types with the same shape (vCPU, memory, max pods), only the cheapest can win: drop the rest. */
function dropSameShapeDearer(types: readonly PricedType[]): PricedType[] {
  const best = new Map<string, PricedType>();
  for (const t of types) {
    const shape = `${t.spec.vcpu}|${specMemoryMib(t.spec)}|${t.spec.eksMaxPods}|${t.spec.maxEnis}|${t.spec.ipv4PerEni}`;
    const seen = best.get(shape);
    if (
      !seen ||
      t.perNodeHourly.lessThan(seen.perNodeHourly) ||
      (t.perNodeHourly.equals(seen.perNodeHourly) && t.spec.instanceType < seen.spec.instanceType)
    ) {
      best.set(shape, t);
    }
  }
  return [...best.values()];
}

const selectableCache = new WeakMap<readonly PricedType[], Map<string, PricedType[]>>();

/** The selectable, shape-deduplicated types of a price table (memoised per table and filter). */
export function selectableTypes(
  table: readonly PricedType[],
  architecture: InstanceSpec["architecture"],
  selection: InstanceSelection,
): PricedType[] {
  const key = `${architecture}|${jsonKey(selection)}`;
  return memoEntry(memoEntry(selectableCache, table, newMap), key, () =>
    dropSameShapeDearer(table.filter((t) => isSelectable(t.spec, architecture, selection))),
  );
}

type Candidate = { priced: PricedType; capacity: NodeCapacity; limits: PackLimits };
const candidateCache = new WeakMap<readonly PricedType[], Map<string, Candidate[]>>();

/**
 * The selectable types of a table with their node capacity under `settings`, worked out once per
 * table, filter and settings (issue 19: every node group of every scaled run asked again for the same
 * few hundred capacities). The capacities are shared and must not be mutated.
 */
export function candidateCapacities(
  table: readonly PricedType[],
  architecture: InstanceSpec["architecture"],
  selection: InstanceSelection,
  settings: CapacitySettings,
): Candidate[] {
  const key = `${architecture}|${jsonKey(selection)}|${jsonKey(settings)}`;
  return memoEntry(memoEntry(candidateCache, table, newMap), key, () =>
    selectableTypes(table, architecture, selection).map((priced) => {
      const capacity = nodeCapacity(priced.spec, settings);
      return { priced, capacity, limits: packLimits(capacity) };
    }),
  );
}
