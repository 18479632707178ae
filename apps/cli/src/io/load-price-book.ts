import { embeddedPriceBook, type PriceBook } from "@repo/core";
import { loadSnapshotFile } from "@repo/pricing/snapshot-files";

/**
 * The price book a command prices with: a snapshot file written by `costcalc prices refresh`, or the
 * embedded snapshot when no file is given. A missing, non-JSON or invalid file is one coded error
 * (SNAPSHOT_IO / INVALID_SNAPSHOT → exit 2); the embedded snapshot is never silently substituted.
 * @example loadPriceBook(undefined).id //=> "embedded-2026-10-01"
 */
export function loadPriceBook(pricesFile: string | undefined): PriceBook {
  return pricesFile ? loadSnapshotFile(pricesFile) : embeddedPriceBook();
}
