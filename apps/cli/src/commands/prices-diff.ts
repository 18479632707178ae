import { loadSnapshotFile, diffSnapshots } from "@repo/pricing/snapshot-files";
import { renderPricesDiff } from "../render/prices-diff";
import { assertFormat } from "./prices-show";

/**
 * `costcalc prices diff <old> <new> [--format table|json]`: which rates changed between two
 * snapshot files, by how much (exact USD and percent), and which were added or removed.
 */
export function runPricesDiff(oldFile: string, newFile: string, options: { format: string }): string {
  assertFormat(options.format);
  const [before, after] = [loadSnapshotFile(oldFile), loadSnapshotFile(newFile)];
  const compared = diffSnapshots(before.snapshot, after.snapshot);
  // both are files: each side names the content it was read from, not only the id it claims
  const diff = {
    ...compared,
    old: { ...compared.old, contentHash: before.contentHash },
    new: { ...compared.new, contentHash: after.contentHash },
  };
  return options.format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : renderPricesDiff(diff);
}
