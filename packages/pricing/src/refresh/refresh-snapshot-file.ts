import { removeStaleTemps } from "../snapshot/remove-stale-temps";
import { writeSnapshotAtomic } from "../snapshot/write-snapshot-atomic";
import { refreshPrices, type RefreshOptions, type RefreshResult } from "./refresh-prices";

/**
 * Refreshes prices and, only if everything succeeded, replaces `outFile` atomically.
 * A failed or interrupted refresh throws before the rename, so the last good snapshot stays.
 * Temporary files a killed earlier run left beside `outFile` are removed first.
 * @example await refreshSnapshotFile("prices.json", { regions: ["eu-west-1"], source, baseCatalog, now, spot: false })
 */
export async function refreshSnapshotFile(outFile: string, options: RefreshOptions): Promise<RefreshResult> {
  await removeStaleTemps(outFile);
  const result = await refreshPrices(options);
  await writeSnapshotAtomic(outFile, result.snapshot);
  return result;
}
