import { readFileSync, statSync } from "node:fs";
import { coreError, createPriceBook, isCoreError, message, type PriceBook } from "@repo/core";

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
  let bytes: number;
  try {
    bytes = statSync(path).size;
    if (bytes <= MAX_SNAPSHOT_FILE_BYTES) text = readFileSync(path, "utf8");
    else text = "";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw coreError(
      "SNAPSHOT_IO",
      code === "ENOENT"
        ? message("ERR_SNAPSHOT_FILE_MISSING", { path })
        : message("ERR_SNAPSHOT_FILE_UNREADABLE", { path, reason: (error as Error).message }),
    );
  }
  if (bytes > MAX_SNAPSHOT_FILE_BYTES)
    throw coreError("SNAPSHOT_IO", message("ERR_SNAPSHOT_FILE_TOO_LARGE", { path, bytes, maxMib: MAX_SNAPSHOT_FILE_BYTES / 1024 ** 2 }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw coreError("INVALID_SNAPSHOT", message("ERR_SNAPSHOT_FILE_NOT_JSON", { path, reason: (error as Error).message }));
  }
  try {
    return createPriceBook(json, { hash: true });
  } catch (error) {
    if (!isCoreError(error)) throw error;
    // the core's coded problem, nested: a face words it in its language ({problem:message})
    const { field } = error;
    throw coreError(
      "INVALID_SNAPSHOT",
      field
        ? message("ERR_SNAPSHOT_FILE_INVALID_FIELD", { ...error.detail.params, problem: error.detail.code, path, problemField: field })
        : message("ERR_SNAPSHOT_FILE_INVALID", { ...error.detail.params, problem: error.detail.code, path }),
    );
  }
}
