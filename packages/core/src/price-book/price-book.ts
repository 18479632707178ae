import { coreError } from "../errors";
import { PriceSnapshotSchema, type PriceSnapshot } from "./snapshot";
import type { InstanceSpec } from "./instance-spec";
import type { Rate } from "./rate";

/** Read access to a snapshot's rates and instance catalog, indexed for O(1) look-ups. */
export type PriceBook = {
  readonly id: string;
  readonly asOf: string;
  readonly description: string;
  /** Regions with at least one rate, sorted. */
  readonly regions: readonly string[];
  rate(region: string, usage: string): Rate | undefined;
  /** All rates of a region (e.g. to list every priced instance type). */
  ratesIn(region: string): readonly Rate[];
  instance(instanceType: string): InstanceSpec | undefined;
  readonly instanceTypes: readonly InstanceSpec[];
  readonly snapshot: PriceSnapshot;
};

/**
 * Builds a price book from a snapshot (validated with zod first: a malformed file is an error
 * naming the bad field, not a crash later).
 * @example createPriceBook(snapshot).rate("us-east-1", "eks/cluster-hours/standard")?.priceUsd //=> "0.10"
 */
export function createPriceBook(input: unknown): PriceBook {
  const parsed = PriceSnapshotSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw coreError("INVALID_SNAPSHOT", issue?.message ?? "invalid snapshot", { field: issue?.path.join(".") ?? "" });
  }
  return indexSnapshot(parsed.data);
}

/**
 * Indexes an already-validated snapshot (no zod pass): for the embedded snapshot, which is checked
 * against PriceSnapshotSchema when it is built and bundled, not on every start.
 */
export function indexSnapshot(snapshot: PriceSnapshot): PriceBook {
  const byKey = new Map<string, Rate>();
  const byRegion = new Map<string, Rate[]>();
  for (const rate of snapshot.rates) {
    byKey.set(`${rate.region}|${rate.usage}`, rate);
    const list = byRegion.get(rate.region) ?? [];
    list.push(rate);
    byRegion.set(rate.region, list);
  }
  const instances = new Map(snapshot.instanceTypes.map((spec) => [spec.instanceType, spec]));
  return {
    id: snapshot.id,
    asOf: snapshot.asOf,
    description: snapshot.description,
    regions: [...byRegion.keys()].sort(),
    rate: (region, usage) => byKey.get(`${region}|${usage}`),
    ratesIn: (region) => byRegion.get(region) ?? [],
    instance: (instanceType) => instances.get(instanceType),
    instanceTypes: snapshot.instanceTypes,
    snapshot,
  };
}
