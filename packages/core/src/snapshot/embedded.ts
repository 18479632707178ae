import { createPriceBook, type PriceBook } from "../price-book/price-book";
import embeddedSnapshot from "./embedded-snapshot.json" with { type: "json" };

let cached: PriceBook | undefined;

/**
 * The price book of the snapshot shipped with the project (built from shared/data/aws-pricing by
 * `pnpm --filter @repo/pricing build:snapshot`), so everything works offline.
 * @example embeddedPriceBook().id //=> "embedded-2026-10-01"
 */
export function embeddedPriceBook(): PriceBook {
  cached ??= createPriceBook(embeddedSnapshot);
  return cached;
}
