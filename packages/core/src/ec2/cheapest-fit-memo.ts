import type { InstanceSpec } from "../price-book/instance-spec";
import type { InstanceSelection } from "../scenario/ec2-schema";
import { cheapestFitOfShapes, type CheapestFit, type FitSearch } from "./cheapest-fit";
import { mergeShapes } from "./pack-shapes";
import type { PricedType } from "./instance-price-table";
import type { CapacitySettings } from "./node-capacity";
import type { TaskGroup } from "./pack-tasks";
import { jsonKey } from "./json-key";
import { memoEntry, newMap, newWeakMap } from "../util/memo-entry";

/** Entries kept per price table before the memo starts afresh (bounds memory on long sessions). */
const MAX_ENTRIES_PER_TABLE = 4096;

/** Per price table: entries by settings text, then by availability, search mode and task shapes; `size` counts all of them. */
type TableMemo = { size: number; bySettings: Map<string, Map<string, CheapestFit>> };
const memo = new WeakMap<readonly PricedType[], TableMemo>();
const emptyTableMemo = (): TableMemo => ({ size: 0, bySettings: new Map() });

/**
 * cheapestFit, memoised per price table and inputs. cheapestFit is pure (same shapes, table and
 * settings → same answer, its step budget included), so a repeated node group — a batch service
 * whose scaled count is unchanged between break-even/curve runs, or the same group priced for
 * several runs — is searched once (issue 19: the search is most of a scaled run's time).
 * The returned plans are shared between callers and must not be mutated.
 * @example cheapestFitMemo(groups, table, "x86_64", selection, settings, one) === cheapestFitMemo(groups, table, "x86_64", selection, settings, one) //=> true
 */
export function cheapestFitMemo(groups: readonly TaskGroup[], ...search: FitSearch): CheapestFit {
  const [table, architecture, selection, settings, availability, options = {}] = search;
  const perTable = memoEntry(memo, table, emptyTableMemo);
  // The answer depends on the shapes and their counts, never on which services they belong to: cheapestFit
  // packs one group per shape in an order fixed by the shapes alone (pack-shapes.ts), and every candidate
  // holds the largest task, so no plan reports an unplaceable service by name. Services of one shape and
  // count — batch services, each its own node group, repeat across a portfolio — share one search.
  const shapes = mergeShapes(groups);
  const tasks = shapes.groups
    .map((g) => `${g.count}x${g.cpuMillicores}m${g.memoryBytes}b`)
    .sort()
    .join("\n");
  const prefix = settingsKey(architecture, selection, settings);
  let entries = memoEntry(perTable.bySettings, prefix, newMap);
  const key = `${availability.minNodes}/${availability.availabilityZones}|${options.runnersUp === false ? "1" : "all"}|${tasks}`;
  const hit = entries.get(key);
  if (hit) return hit;
  const fit = cheapestFitOfShapes(shapes, ...search);
  if (fit.ranked.some((plan) => plan.pack.unplaceable.length > 0)) return fit; // names in the answer: not shared
  if (perTable.size >= MAX_ENTRIES_PER_TABLE) {
    perTable.bySettings.clear();
    perTable.size = 0;
    entries = new Map();
    perTable.bySettings.set(prefix, entries);
  }
  entries.set(key, fit);
  perTable.size += 1;
  return fit;
}

/** The filter and capacity settings as text, one string object per (selection, settings) pair and architecture. */
type KeysByArchitecture = Partial<Record<InstanceSpec["architecture"], string>>;
const settingsKeys = new WeakMap<InstanceSelection, WeakMap<CapacitySettings, KeysByArchitecture>>();
const noKeysYet = (): KeysByArchitecture => ({});

/**
 * The memo's first key: by text, so equal settings of two parses share entries (the web parses the scenario per
 * keystroke), and the same string object for one pair — V8 keeps a string's hash, so looking a long key up again
 * costs no rehash (issue 19: joining and hashing this text per node group per scaled run was most of the memo's time).
 */
function settingsKey(architecture: InstanceSpec["architecture"], selection: InstanceSelection, settings: CapacitySettings): string {
  const byArchitecture = memoEntry(memoEntry(settingsKeys, selection, newWeakMap), settings, noKeysYet);
  byArchitecture[architecture] ??= `${architecture}|${jsonKey(selection)}|${jsonKey(settings)}`;
  return byArchitecture[architecture];
}
