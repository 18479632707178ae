import "server-only";
import { embeddedPriceBook, type PriceSnapshot } from "@repo/core";

/**
 * The embedded snapshot cut down to one region's rates (all instance specs kept: they are hardware
 * facts, not prices), for the browser to recalculate with. us-east-1 is ~550 KB raw, ~28 KB gzipped.
 * @example regionSnapshot("ap-northeast-1")?.rates.every((rate) => rate.region === "ap-northeast-1") //=> true
 */
export function regionSnapshot(region: string): PriceSnapshot | null {
  const book = embeddedPriceBook();
  if (!book.regions.includes(region)) return null;
  return { ...book.snapshot, rates: book.snapshot.rates.filter((rate) => rate.region === region) };
}
