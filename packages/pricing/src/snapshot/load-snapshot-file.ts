import { readFileSync } from "node:fs";
import { coreError, createPriceBook, type PriceBook } from "@repo/core";

/**
 * Reads a snapshot file into a PriceBook. Every problem is one coded error naming the file:
 * SNAPSHOT_IO (missing/unreadable), INVALID_SNAPSHOT (not JSON, or the zod check names the field).
 * @example loadSnapshotFile("prices.json").asOf //=> "2026-11-01"
 */
export function loadSnapshotFile(path: string): PriceBook {
  let text: string;
  try {
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
    return createPriceBook(json);
  } catch (error) {
    const message = (error as Error).message.replace(/^\[core\] INVALID_SNAPSHOT: /, "");
    throw coreError("INVALID_SNAPSHOT", `${path} is not a price snapshot: ${message}`);
  }
}
