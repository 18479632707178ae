import { Decimal, parseDecimal } from "../money/decimal";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { PriceBook } from "../price-book/price-book";
import type { Rate } from "../price-book/rate";
import { usageKeys, type EbsVolumeType } from "../price-book/usage-keys";
import type { Ec2NodePrice, Ec2PriceModel } from "../purchase/ec2-price-model";
import { HOURS_PER_MONTH } from "../units/time";
import { memoEntry, newMap } from "../util/memo-entry";

export type NodeExtras = { rootVolumeGib: number; rootVolumeType: EbsVolumeType; publicIpv4PerNode: number };

/** An instance type with its price per node-hour under one purchase option, incl. root volume and IPv4. */
export type PricedType = {
  spec: InstanceSpec;
  /** Undefined when the region has no rate for the type (the user-chosen path then reports it missing). */
  onDemandRate: Rate | undefined;
  node: Ec2NodePrice;
  /** Effective instance + EBS root volume + public IPv4, per node-hour. */
  perNodeHourly: Decimal;
  /** perNodeHourly in 10^-12 USD, rounded up: integer ranking key (exact comparisons use perNodeHourly). */
  rankKey: bigint;
  /** rankKey as a float: for estimates only (one-shape-fit.ts), never for an answer. */
  rankNumber: number;
};

const RANK_SCALE = new Decimal("1e12");
const cache = new WeakMap<PriceBook, Map<string, PricedType[]>>();

/** Per-node hourly cost of the root volume and public IPv4 addresses (0 where the rate is missing). */
export function nodeExtrasHourly(book: PriceBook, region: string, extras: NodeExtras): Decimal {
  const ebs = book.rate(region, usageKeys.ebsGbMonths(extras.rootVolumeType));
  const ip = book.rate(region, usageKeys.publicIpv4Hours());
  const ebsHourly = ebs ? parseDecimal(ebs.priceUsd).times(extras.rootVolumeGib).div(HOURS_PER_MONTH) : new Decimal(0);
  const ipHourly = ip && extras.publicIpv4PerNode > 0 ? parseDecimal(ip.priceUsd).times(extras.publicIpv4PerNode) : new Decimal(0);
  return ebsHourly.plus(ipHourly);
}

/**
 * One type's price, worked out on first use (issue 18: a cold estimate priced all 1,367 catalog types
 * with decimals, though the cheapest fit reads only the few hundred its selection allows and a chosen
 * type reads one). Same values as pricing eagerly; each is computed once and then kept.
 */
class LazyPricedType implements PricedType {
  #node: Ec2NodePrice | undefined;
  #perNodeHourly: Decimal | undefined;
  #rankKey: bigint | undefined;
  #rankNumber: number | undefined;
  constructor(
    readonly spec: InstanceSpec,
    readonly onDemandRate: Rate,
    private readonly model: Ec2PriceModel,
    private readonly extrasHourly: Decimal,
  ) {}
  get node(): Ec2NodePrice {
    this.#node ??= this.model.price(this.spec.instanceType, parseDecimal(this.onDemandRate.priceUsd));
    return this.#node;
  }
  get perNodeHourly(): Decimal {
    this.#perNodeHourly ??= this.node.effectiveHourly.plus(this.extrasHourly);
    return this.#perNodeHourly;
  }
  get rankKey(): bigint {
    this.#rankKey ??= BigInt(this.perNodeHourly.times(RANK_SCALE).ceil().toFixed());
    return this.#rankKey;
  }
  get rankNumber(): number {
    this.#rankNumber ??= Number(this.rankKey);
    return this.#rankNumber;
  }
}

/**
 * Every catalog type with an on-demand rate in the region, priced under the purchase model.
 * Memoised per price book and settings (pure: same inputs, same table), so the catalog's 1,367
 * types are looked up once, not once per node group or pattern; each type's price is computed when
 * first read (LazyPricedType).
 * @example pricedInstanceTypes(book, "us-east-1", "linux", onDemand, "on-demand", extras).find((t) => t.spec.instanceType === "m5.large")?.perNodeHourly
 * //=> 0.096 + 30 × 0.08 ÷ 730 ≈ 0.0992877
 */
export function pricedInstanceTypes(
  book: PriceBook,
  region: string,
  os: "linux" | "windows",
  model: Ec2PriceModel,
  modelKey: string,
  extras: NodeExtras,
): PricedType[] {
  const key = `${region}|${os}|${modelKey}|${extras.rootVolumeGib}|${extras.rootVolumeType}|${extras.publicIpv4PerNode}`;
  return memoEntry(memoEntry(cache, book, newMap), key, () => {
    const extrasHourly = nodeExtrasHourly(book, region, extras);
    const table: PricedType[] = [];
    for (const spec of book.instanceTypes) {
      const onDemandRate = book.rate(region, usageKeys.ec2InstanceHours(spec.instanceType, os));
      if (onDemandRate) table.push(new LazyPricedType(spec, onDemandRate, model, extrasHourly));
    }
    return table;
  });
}
