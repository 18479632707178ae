import { loadSnapshotFile, diffSnapshots } from "@repo/pricing/snapshot-files";
import { renderPricesDiff } from "../render/prices-diff";
import { assertFormat } from "./prices-show";

/**
 * `costcalc prices diff <old> <new> [--format table|json]`: which rates changed between two
 * snapshot files, by how much (exact USD and percent), and which were added or removed.
 */
export function runPricesDiff(oldFile: string, newFile: string, options: { format: string }): string {
  assertFormat(options.format);
  const diff = diffSnapshots(loadSnapshotFile(oldFile).snapshot, loadSnapshotFile(newFile).snapshot);
  return options.format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : renderPricesDiff(diff);
}
