import type { InstanceSpec } from "../price-book/instance-spec";
import type { InstanceSelection } from "../scenario/ec2-schema";
import { cheapestFit, type Availability, type CheapestFit } from "./cheapest-fit";
import type { PricedType } from "./instance-price-table";
import type { CapacitySettings } from "./node-capacity";
import type { TaskGroup } from "./pack-tasks";

/** Entries kept per price table before the memo starts afresh (bounds memory on long sessions). */
const MAX_ENTRIES_PER_TABLE = 4096;

const memo = new WeakMap<readonly PricedType[], Map<string, CheapestFit>>();

/**
 * cheapestFit, memoised per price table and inputs. cheapestFit is pure (same groups, table and
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
): CheapestFit {
  let perTable = memo.get(table);
  if (!perTable) {
    perTable = new Map();
    memo.set(table, perTable);
  }
  const tasks = groups.map((g) => `${g.count}x${g.cpuMillicores}m${g.memoryBytes}b:${g.name}`).join("\n");
  const key = `${architecture}|${JSON.stringify(selection)}|${JSON.stringify(settings)}|${availability.minNodes}/${availability.availabilityZones}|${tasks}`;
  const hit = perTable.get(key);
  if (hit) return hit;
  const fit = cheapestFit(groups, table, architecture, selection, settings, availability);
  if (perTable.size >= MAX_ENTRIES_PER_TABLE) perTable.clear();
  perTable.set(key, fit);
  return fit;
}
