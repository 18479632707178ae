import { open, rename, unlink } from "node:fs/promises";
import { coreError, PriceSnapshotSchema, type PriceSnapshot, message } from "@repo/core";
import { tempFileName } from "./remove-stale-temps";

/**
 * Writes a snapshot so that `path` always holds either the previous file or the complete new one:
 * the JSON goes to a temporary file in the same directory, is flushed to disk (fsync), then renamed
 * over `path` (rename is atomic within a file system on POSIX and on Windows' NTFS via MoveFileEx).
 * An invalid snapshot is refused before anything is written. On any failure the temporary file is
 * removed and a SNAPSHOT_IO error is thrown; `path` is untouched.
 * @example await writeSnapshotAtomic("prices.json", snapshot) // prices.json replaced in one step
 */
export async function writeSnapshotAtomic(
  path: string,
  snapshot: PriceSnapshot,
  fsOps: { rename: typeof rename } = { rename },
): Promise<void> {
  const valid = PriceSnapshotSchema.parse(snapshot);
  const temp = tempFileName(path, process.pid, Date.now().toString(36));
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(`${JSON.stringify(valid, null, 1)}\n`, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsOps.rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw coreError("SNAPSHOT_IO", message("ERR_SNAPSHOT_WRITE", { path, reason: (error as Error).message }));
  }
}
