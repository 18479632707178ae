import { partsPriceBook } from "../price-book/parts-price-book";
import type { PriceBook } from "../price-book/price-book";
import { embeddedSnapshotParts } from "./embedded-snapshot-parts";

let cached: PriceBook | undefined;

/**
 * The price book of the snapshot shipped with the project (built from shared/data/aws-pricing by
 * `pnpm --filter @repo/pricing build:snapshot`), so everything works offline. It is validated
 * against PriceSnapshotSchema by embedded.test.ts and by the CLI and library builds, not on each start;
 * a region's rates are indexed when one is first asked for (partsPriceBook).
 * @example embeddedPriceBook().id //=> "embedded-2026-10-02"
 */
export function embeddedPriceBook(): PriceBook {
  cached ??= partsPriceBook(embeddedSnapshotParts());
  return cached;
}
