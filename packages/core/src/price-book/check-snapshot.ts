import { coreError } from "../errors";
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

const fail = (field: string, message: string) => coreError("INVALID_SNAPSHOT", message, { field });
const rateName = (rate: Rate, index: number) => `rates[${index}] (${rate.region} ${rate.usage})`;

function checkRate(rate: Rate, index: number, sources: Record<string, unknown>): void {
  const name = rateName(rate, index);
  const field = `rates[${index}]`;
  const unit = requiredUnit(rate.usage);
  if (unit && rate.unit !== unit)
    throw fail(`${field}.unit`, `${name}: unit "${rate.unit}" is wrong for this usage, which is billed per ${unit}`);
  const price = new Decimal(rate.priceUsd);
  if (!price.greaterThan(0)) throw fail(`${field}.priceUsd`, `${name}: price ${rate.priceUsd} USD is not positive`);
  const max = MAX_PRICE_USD[rate.unit];
  if (price.greaterThan(max))
    throw fail(
      `${field}.priceUsd`,
      `${name}: price ${rate.priceUsd.slice(0, 40)} USD per ${rate.unit} is above the sane maximum of ${max}`,
    );
  if (price.decimalPlaces() > MAX_PRICE_DECIMALS)
    throw fail(`${field}.priceUsd`, `${name}: price has ${price.decimalPlaces()} decimal places (at most ${MAX_PRICE_DECIMALS})`);
  for (const id of rate.sourceId.split(";")) {
    if (!(id in sources)) throw fail(`${field}.sourceId`, `${name}: cites source "${id}", which the snapshot's sources do not describe`);
  }
  if (CONTROL.test(rate.description) || CONTROL.test(rate.region) || CONTROL.test(rate.usage))
    throw fail(field, `${name}: contains control characters`);
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
  if (!SNAPSHOT_ID.test(snapshot.id))
    throw fail("id", `snapshot id "${snapshot.id.slice(0, 40)}" must be 1–120 letters, digits and . _ : + -`);
  if (Number.isNaN(Date.parse(snapshot.createdAt)))
    throw fail("createdAt", `createdAt "${snapshot.createdAt.slice(0, 40)}" is not a timestamp`);
  if (CONTROL.test(snapshot.description)) throw fail("description", "the description contains control characters");
  if (snapshot.rates.length === 0) throw fail("rates", "the snapshot has no rates");
  if (snapshot.rates.length > MAX_SNAPSHOT_RATES) throw fail("rates", `${snapshot.rates.length} rates (at most ${MAX_SNAPSHOT_RATES})`);
  if (snapshot.instanceTypes.length > MAX_SNAPSHOT_INSTANCE_TYPES)
    throw fail("instanceTypes", `${snapshot.instanceTypes.length} instance types (at most ${MAX_SNAPSHOT_INSTANCE_TYPES})`);
  const firstIndex = new Map<string, number>();
  snapshot.rates.forEach((rate, index) => {
    const key = `${rate.region}|${rate.usage}`;
    const earlier = firstIndex.get(key);
    if (earlier !== undefined) {
      const other = snapshot.rates[earlier] as Rate;
      const how = other.priceUsd === rate.priceUsd ? "at the same price" : `at another price (${rate.priceUsd} vs ${other.priceUsd})`;
      throw fail(
        `rates[${index}]`,
        `${rateName(rate, index)}: a second rate for this region and usage (first: rates[${earlier}]) ${how} — one rate per region and usage`,
      );
    }
    firstIndex.set(key, index);
    checkRate(rate, index, snapshot.sources);
  });
  const seenTypes = new Set<string>();
  snapshot.instanceTypes.forEach((spec, index) => {
    const field = `instanceTypes[${index}]`;
    if (seenTypes.has(spec.instanceType)) throw fail(field, `${field} (${spec.instanceType}): listed twice`);
    seenTypes.add(spec.instanceType);
    if (spec.vcpu > MAX_INSTANCE_VCPU)
      throw fail(`${field}.vcpu`, `${field} (${spec.instanceType}): ${spec.vcpu} vCPUs (at most ${MAX_INSTANCE_VCPU})`);
    const memory = new Decimal(spec.memoryGib);
    if (!memory.greaterThan(0) || memory.greaterThan(MAX_INSTANCE_MEMORY_GIB))
      throw fail(
        `${field}.memoryGib`,
        `${field} (${spec.instanceType}): memory ${spec.memoryGib.slice(0, 40)} GiB is outside (0, ${MAX_INSTANCE_MEMORY_GIB}]`,
      );
  });
}
