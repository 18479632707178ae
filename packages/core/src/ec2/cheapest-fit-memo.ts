import type { InstanceSpec } from "../price-book/instance-spec";
import type { InstanceSelection } from "../scenario/ec2-schema";
import { cheapestFitOfShapes, type Availability, type CheapestFit, type SearchOptions } from "./cheapest-fit";
import { mergeShapes } from "./pack-shapes";
import type { PricedType } from "./instance-price-table";
import type { CapacitySettings } from "./node-capacity";
import type { TaskGroup } from "./pack-tasks";
import { jsonKey } from "./json-key";

/** Entries kept per price table before the memo starts afresh (bounds memory on long sessions). */
const MAX_ENTRIES_PER_TABLE = 4096;

const memo = new WeakMap<readonly PricedType[], Map<string, CheapestFit>>();

/**
 * cheapestFit, memoised per price table and inputs. cheapestFit is pure (same shapes, table and
 * settings → same answer, its step budget included), so a repeated node group — a batch service
 * whose scaled count is unchanged between break-even/curve runs, or the same group priced for
 * several runs — is searched once (issue 19: the search is most of a scaled run's time).
 * The returned plans are shared between callers and must not be mutated.
 * @example cheapestFitMemo(groups, table, "x86_64", selection, settings, one) === cheapestFitMemo(groups, table, "x86_64", selection, settings, one) //=> true
 */
export function cheapestFitMemo(
  groups: readonly TaskGroup[],
  table: readonly PricedType[],
  architecture: InstanceSpec["architecture"],
  selection: InstanceSelection,
  settings: CapacitySettings,
  availability: Availability,
  options: SearchOptions = {},
): CheapestFit {
  let perTable = memo.get(table);
  if (!perTable) {
    perTable = new Map();
    memo.set(table, perTable);
  }
  // The answer depends on the shapes and their counts, never on which services they belong to: cheapestFit
  // packs one group per shape in an order fixed by the shapes alone (pack-shapes.ts), and every candidate
  // holds the largest task, so no plan reports an unplaceable service by name. Services of one shape and
  // count — batch services, each its own node group, repeat across a portfolio — share one search.
  const shapes = mergeShapes(groups);
  const tasks = shapes.groups
    .map((g) => `${g.count}x${g.cpuMillicores}m${g.memoryBytes}b`)
    .sort()
    .join("\n");
  const key = `${architecture}|${jsonKey(selection)}|${jsonKey(settings)}|${availability.minNodes}/${availability.availabilityZones}|${options.runnersUp === false ? "1" : "all"}|${tasks}`;
  const hit = perTable.get(key);
  if (hit) return hit;
  const fit = cheapestFitOfShapes(shapes, table, architecture, selection, settings, availability, options);
  if (fit.ranked.some((plan) => plan.pack.unplaceable.length > 0)) return fit; // names in the answer: not shared
  if (perTable.size >= MAX_ENTRIES_PER_TABLE) perTable.clear();
  perTable.set(key, fit);
  return fit;
}
