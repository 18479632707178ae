import { indexSnapshot, type PriceBook } from "../price-book/price-book";
import type { PriceSnapshot } from "../price-book/snapshot";
import embeddedSnapshot from "./embedded-snapshot.json" with { type: "json" };

let cached: PriceBook | undefined;

/**
 * The price book of the snapshot shipped with the project (built from shared/data/aws-pricing by
 * `pnpm --filter @repo/pricing build:snapshot`), so everything works offline. It is validated
 * against PriceSnapshotSchema by embedded.test.ts and by the CLI and library builds, not on each start.
 * @example embeddedPriceBook().id //=> "embedded-2026-10-01"
 */
export function embeddedPriceBook(): PriceBook {
  cached ??= indexSnapshot(embeddedSnapshot as PriceSnapshot);
  return cached;
}
