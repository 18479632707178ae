import { parseDecimal, toDecimalString, type PriceSnapshot, type Rate } from "@repo/core";

export type RateChange = {
  region: string;
  usage: string;
  unit: string;
  oldPriceUsd: string;
  newPriceUsd: string;
  /** new − old, exact. */
  deltaUsd: string;
  /** (new − old) ÷ old × 100, exact to 40 significant digits; null when the old price was 0. */
  deltaPercent: string | null;
  oldAsOf: string;
  newAsOf: string;
  oldSku?: string;
  newSku?: string;
};

export type SnapshotDiff = {
  /** `contentHash`: set by the caller when the snapshot came from a file (see PriceBook.contentHash). */
  old: { id: string; asOf: string; contentHash?: string };
  new: { id: string; asOf: string; contentHash?: string };
  changed: RateChange[];
  added: Rate[];
  removed: Rate[];
  unchangedCount: number;
};

/**
 * Which rates moved between two snapshots, and by how much — the "why did the estimate move?"
 * view. Prices are compared as exact decimals ("0.0404800000" equals "0.04048"); a unit change
 * counts as a change. Rows are sorted by region, then usage.
 * @example diffSnapshots(a, b).changed[0] //=> { usage: "fargate/on-demand/windows-x86/vcpu-hours", oldPriceUsd: "0.09148", newPriceUsd: "0.046552", deltaUsd: "-0.044928", … }
 */
export function diffSnapshots(before: PriceSnapshot, after: PriceSnapshot): SnapshotDiff {
  const key = (r: Rate) => `${r.region}|${r.usage}`;
  const oldRates = new Map(before.rates.map((r) => [key(r), r]));
  const newRates = new Map(after.rates.map((r) => [key(r), r]));
  const changed: RateChange[] = [];
  const added: Rate[] = [];
  let unchangedCount = 0;
  for (const [k, next] of newRates) {
    const prev = oldRates.get(k);
    if (!prev) {
      added.push(next);
      continue;
    }
    const oldPrice = parseDecimal(prev.priceUsd);
    const newPrice = parseDecimal(next.priceUsd);
    if (oldPrice.equals(newPrice) && prev.unit === next.unit) {
      unchangedCount++;
      continue;
    }
    const delta = newPrice.minus(oldPrice);
    changed.push({
      region: next.region,
      usage: next.usage,
      unit: prev.unit === next.unit ? next.unit : `${prev.unit} → ${next.unit}`,
      oldPriceUsd: toDecimalString(oldPrice),
      newPriceUsd: toDecimalString(newPrice),
      deltaUsd: toDecimalString(delta),
      deltaPercent: oldPrice.isZero() ? null : toDecimalString(delta.div(oldPrice).times(100)),
      oldAsOf: prev.asOf,
      newAsOf: next.asOf,
      ...(prev.sku ? { oldSku: prev.sku } : {}),
      ...(next.sku ? { newSku: next.sku } : {}),
    });
  }
  const removed = [...oldRates].filter(([k]) => !newRates.has(k)).map(([, r]) => r);
  const order = (a: { region: string; usage: string }, b: { region: string; usage: string }) =>
    a.region.localeCompare(b.region) || a.usage.localeCompare(b.usage);
  return {
    old: { id: before.id, asOf: before.asOf },
    new: { id: after.id, asOf: after.asOf },
    changed: changed.sort(order),
    added: added.sort(order),
    removed: removed.sort(order),
    unchangedCount,
  };
}
