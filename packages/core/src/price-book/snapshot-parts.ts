import type { Rate } from "./rate";
import type { PriceSnapshot } from "./snapshot";

/** A snapshot without its rates, and the regions that have rates in the order the snapshot lists them. */
export type SnapshotMeta = {
  /** Every field but `rates`; `keys` is the snapshot's own key order (so the whole can be rebuilt exactly). */
  snapshot: Omit<PriceSnapshot, "rates">;
  keys: readonly (keyof PriceSnapshot)[];
  rateRegions: readonly string[];
};

/**
 * A snapshot read in parts (the CLI reads the embedded one as one file per region, only the regions an
 * estimate prices: scripts/build/embedded-snapshot-plugin.ts). `rates(region)` is called only with a
 * region of `meta().rateRegions` and returns that region's rates in the snapshot's order.
 */
export type SnapshotParts = {
  meta(): SnapshotMeta;
  rates(region: string): readonly Rate[];
};

/**
 * Splits a snapshot into its parts: the meta and, per region, its rates. Throws when the rates of a
 * region are not contiguous (then the parts could not be joined back in the same order).
 * @example splitSnapshot(snapshot).rates.get("us-east-1")?.length //=> the us-east-1 rates
 */
export function splitSnapshot(snapshot: PriceSnapshot): { meta: SnapshotMeta; rates: Map<string, Rate[]> } {
  const rates = new Map<string, Rate[]>();
  let previous: string | undefined;
  for (const rate of snapshot.rates) {
    const list = rates.get(rate.region);
    if (list && rate.region !== previous) throw new Error(`the rates of ${rate.region} are not contiguous in snapshot ${snapshot.id}`);
    if (list) list.push(rate);
    else rates.set(rate.region, [rate]);
    previous = rate.region;
  }
  const rest = Object.fromEntries(Object.entries(snapshot).filter(([key]) => key !== "rates")) as Omit<PriceSnapshot, "rates">;
  const keys = Object.keys(snapshot) as (keyof PriceSnapshot)[];
  return { meta: { snapshot: rest, keys, rateRegions: [...rates.keys()] }, rates };
}

/** The whole snapshot from its parts: the same keys in the same order, the rates region by region. */
export function joinSnapshot(parts: SnapshotParts): PriceSnapshot {
  const { snapshot, keys, rateRegions } = parts.meta();
  const rates = rateRegions.flatMap((region) => parts.rates(region));
  const whole: Record<string, unknown> = {};
  for (const key of keys) whole[key] = key === "rates" ? rates : snapshot[key];
  return whole as PriceSnapshot;
}
