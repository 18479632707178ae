import { coreError } from "../errors";
import type { MessageCode } from "../messages/english";
import { message, type MessageParams } from "../messages/message";
import { Decimal } from "../money/decimal";
import {
  MAX_INSTANCE_MEMORY_GIB,
  MAX_INSTANCE_VCPU,
  MAX_PRICE_DECIMALS,
  MAX_PRICE_USD,
  MAX_SNAPSHOT_INSTANCE_TYPES,
  MAX_SNAPSHOT_RATES,
  requiredUnit,
} from "./rate-bounds";
import type { Rate } from "./rate";
import type { PriceSnapshot } from "./snapshot";

/** Printable text only: ids and titles end up in terminal headers and page titles. \p{Cc} is U+0000–U+001F and U+007F–U+009F. */
const CONTROL = /\p{Cc}/u;
const SNAPSHOT_ID = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,119}$/;

/** INVALID_SNAPSHOT naming the field, its sentence a code (messages/en/snapshot-errors.ts). */
const fail = (field: string, code: MessageCode, params: MessageParams = {}) =>
  coreError("INVALID_SNAPSHOT", message(code, params), { field });
/** The rate a rule names: its index, region and usage. */
const rateOf = (rate: Rate, index: number) => ({ index, region: rate.region, usage: rate.usage });

function checkRate(rate: Rate, index: number, sources: Record<string, unknown>): void {
  const name = rateOf(rate, index);
  const field = `rates[${index}]`;
  const unit = requiredUnit(rate.usage);
  if (unit && rate.unit !== unit) throw fail(`${field}.unit`, "ERR_SNAPSHOT_RATE_UNIT", { ...name, unit: rate.unit, requiredUnit: unit });
  const price = new Decimal(rate.priceUsd);
  if (!price.greaterThan(0)) throw fail(`${field}.priceUsd`, "ERR_SNAPSHOT_PRICE_NOT_POSITIVE", { ...name, priceUsd: rate.priceUsd });
  const max = MAX_PRICE_USD[rate.unit];
  if (price.greaterThan(max))
    throw fail(`${field}.priceUsd`, "ERR_SNAPSHOT_PRICE_ABOVE_MAX", {
      ...name,
      priceUsd: rate.priceUsd.slice(0, 40),
      unit: rate.unit,
      max,
    });
  if (price.decimalPlaces() > MAX_PRICE_DECIMALS)
    throw fail(`${field}.priceUsd`, "ERR_SNAPSHOT_PRICE_DECIMALS", { ...name, decimals: price.decimalPlaces(), max: MAX_PRICE_DECIMALS });
  for (const id of rate.sourceId.split(";")) {
    if (!(id in sources)) throw fail(`${field}.sourceId`, "ERR_SNAPSHOT_UNKNOWN_SOURCE", { ...name, sourceId: id });
  }
  if (CONTROL.test(rate.description) || CONTROL.test(rate.region) || CONTROL.test(rate.usage))
    throw fail(field, "ERR_SNAPSHOT_RATE_CONTROL_CHARS", name);
}

/**
 * The semantic checks a price snapshot must pass after its schema (zod) check, before any price in
 * it is used — the one checker behind the embedded snapshot (checked at build time), `--prices FILE`
 * and the web's PRICES_FILE. Throws INVALID_SNAPSHOT naming the first offending rate or field:
 * - required metadata: a printable id (≤ 120 chars), createdAt a timestamp, at least one rate, every
 *   cited source described in `sources`;
 * - one rate per region + usage (a second one at another price would silently win);
 * - the unit the usage kind is billed in (a vCPU rate in GB-month is refused);
 * - prices positive, at most MAX_PRICE_USD per unit and MAX_PRICE_DECIMALS places;
 * - instance types unique, with vCPU and memory within the largest EC2 sizes;
 * - bounded size (MAX_SNAPSHOT_RATES, MAX_SNAPSHOT_INSTANCE_TYPES).
 * @example checkSnapshot(embeddedPriceBook().snapshot) // passes; a duplicated rate throws "[core] INVALID_SNAPSHOT: rates[7] (…) …"
 */
export function checkSnapshot(snapshot: PriceSnapshot): void {
  if (!SNAPSHOT_ID.test(snapshot.id)) throw fail("id", "ERR_SNAPSHOT_ID", { id: snapshot.id.slice(0, 40) });
  if (Number.isNaN(Date.parse(snapshot.createdAt)))
    throw fail("createdAt", "ERR_SNAPSHOT_CREATED_AT", { createdAt: snapshot.createdAt.slice(0, 40) });
  if (CONTROL.test(snapshot.description)) throw fail("description", "ERR_SNAPSHOT_DESCRIPTION_CONTROL_CHARS");
  if (snapshot.rates.length === 0) throw fail("rates", "ERR_SNAPSHOT_NO_RATES");
  if (snapshot.rates.length > MAX_SNAPSHOT_RATES)
    throw fail("rates", "ERR_SNAPSHOT_TOO_MANY_RATES", { count: snapshot.rates.length, max: MAX_SNAPSHOT_RATES });
  if (snapshot.instanceTypes.length > MAX_SNAPSHOT_INSTANCE_TYPES)
    throw fail("instanceTypes", "ERR_SNAPSHOT_TOO_MANY_INSTANCE_TYPES", {
      count: snapshot.instanceTypes.length,
      max: MAX_SNAPSHOT_INSTANCE_TYPES,
    });
  const firstIndex = new Map<string, number>();
  snapshot.rates.forEach((rate, index) => {
    const key = `${rate.region}|${rate.usage}`;
    const earlier = firstIndex.get(key);
    if (earlier !== undefined) {
      const other = snapshot.rates[earlier] as Rate;
      const samePrice = other.priceUsd === rate.priceUsd;
      throw fail(`rates[${index}]`, samePrice ? "ERR_SNAPSHOT_DUPLICATE_RATE_SAME_PRICE" : "ERR_SNAPSHOT_DUPLICATE_RATE_OTHER_PRICE", {
        ...rateOf(rate, index),
        firstIndex: earlier,
        ...(samePrice ? {} : { priceUsd: rate.priceUsd, firstPriceUsd: other.priceUsd }),
      });
    }
    firstIndex.set(key, index);
    checkRate(rate, index, snapshot.sources);
  });
  const seenTypes = new Set<string>();
  snapshot.instanceTypes.forEach((spec, index) => {
    const field = `instanceTypes[${index}]`;
    if (seenTypes.has(spec.instanceType)) throw fail(field, "ERR_SNAPSHOT_INSTANCE_TWICE", { field, instanceType: spec.instanceType });
    seenTypes.add(spec.instanceType);
    if (spec.vcpu > MAX_INSTANCE_VCPU)
      throw fail(`${field}.vcpu`, "ERR_SNAPSHOT_INSTANCE_VCPU", {
        field,
        instanceType: spec.instanceType,
        vcpu: spec.vcpu,
        max: MAX_INSTANCE_VCPU,
      });
    const memory = new Decimal(spec.memoryGib);
    if (!memory.greaterThan(0) || memory.greaterThan(MAX_INSTANCE_MEMORY_GIB))
      throw fail(`${field}.memoryGib`, "ERR_SNAPSHOT_INSTANCE_MEMORY", {
        field,
        instanceType: spec.instanceType,
        memoryGib: spec.memoryGib.slice(0, 40),
        max: MAX_INSTANCE_MEMORY_GIB,
      });
  });
}
