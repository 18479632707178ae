import "server-only";
import { awsRegion, type PriceSnapshot } from "@repo/core";
import { serverPriceBook } from "./server-price-book";

/**
 * The server's snapshot (PRICES_FILE or embedded) cut down to one region's rates (all instance specs
 * kept: they are hardware facts, not prices), for the browser to recalculate with. us-east-1 is ~550 KB
 * raw, ~28 KB gzipped. Any AWS region is served (possibly with no rates); other codes get null.
 * @example regionSnapshot("ap-northeast-1")?.rates.every((rate) => rate.region === "ap-northeast-1") //=> true
 */
export function regionSnapshot(region: string): PriceSnapshot | null {
  if (!awsRegion(region)) return null;
  const book = serverPriceBook();
  return { ...book.snapshot, rates: book.snapshot.rates.filter((rate) => rate.region === region) };
}
