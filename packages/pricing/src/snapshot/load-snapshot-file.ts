import { readFileSync, statSync } from "node:fs";
import { coreError, createPriceBook, type PriceBook } from "@repo/core";

/** A snapshot file larger than this is refused unread (the embedded one is under 1 MB; a 20-region refresh ~10 MB). */
export const MAX_SNAPSHOT_FILE_BYTES = 64 * 1024 ** 2;

/**
 * Reads a snapshot file into a PriceBook with its content hash. Every problem is one coded error
 * naming the file: SNAPSHOT_IO (missing/unreadable/too large), INVALID_SNAPSHOT (not JSON, the zod
 * check naming the field, or the core's semantic checks naming the first offending rate).
 * @example loadSnapshotFile("prices.json").asOf //=> "2026-11-01"
 */
export function loadSnapshotFile(path: string): PriceBook {
  let text: string;
  try {
    const bytes = statSync(path).size;
    if (bytes > MAX_SNAPSHOT_FILE_BYTES)
      throw new Error(`${bytes} bytes is larger than the ${MAX_SNAPSHOT_FILE_BYTES / 1024 ** 2} MiB limit`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw coreError("SNAPSHOT_IO", `cannot read price snapshot ${path}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw coreError("INVALID_SNAPSHOT", `${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return createPriceBook(json, { hash: true });
  } catch (error) {
    const message = (error as Error).message.replace(/^\[core\] INVALID_SNAPSHOT: /, "");
    throw coreError("INVALID_SNAPSHOT", `${path} is not a price snapshot: ${message}`);
  }
}
