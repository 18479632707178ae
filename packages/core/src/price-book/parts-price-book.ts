import type { PriceBook } from "./price-book";
import { GLOBAL_REGION, type Rate } from "./rate";
import { joinSnapshot, type SnapshotParts } from "./snapshot-parts";
import type { PriceSnapshot } from "./snapshot";
import { memoEntry } from "../util/memo-entry";

/**
 * The price book of an already-checked snapshot read in parts (as `indexSnapshot` indexes a whole one,
 * with the same answers): a region's rates are read and indexed the first time one of them is asked
 * for, so an estimate in us-east-1 never reads the rates of the other regions. `snapshot` joins every
 * part back (the prices commands, which list or diff whole snapshots).
 */
export function partsPriceBook(parts: SnapshotParts): PriceBook {
  const { snapshot: meta, rateRegions } = parts.meta();
  const known = new Set(rateRegions);
  const byRegion = new Map<string, { list: readonly Rate[]; byUsage: Map<string, Rate> }>();
  const region = (code: string) => {
    return memoEntry(byRegion, code, () => {
      const list = known.has(code) ? parts.rates(code) : [];
      return { list, byUsage: new Map(list.map((rate) => [rate.usage, rate])) };
    });
  };
  const instances = new Map(meta.instanceTypes.map((spec) => [spec.instanceType, spec]));
  let whole: PriceSnapshot | undefined;
  return {
    id: meta.id,
    asOf: meta.asOf,
    description: meta.description,
    contentHash: undefined,
    regions: rateRegions.filter((code) => code !== GLOBAL_REGION).sort(),
    rate: (code, usage) => region(code).byUsage.get(usage),
    ratesIn: (code) => region(code).list,
    instance: (instanceType) => instances.get(instanceType),
    instanceTypes: meta.instanceTypes,
    get snapshot() {
      whole ??= joinSnapshot(parts);
      return whole;
    },
  };
}
