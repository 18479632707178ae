import "server-only";
import { embeddedPriceBook, type PriceBook } from "@repo/core";
import { loadSnapshotFile } from "@repo/pricing/snapshot-file";

let loaded: { path: string; book: PriceBook } | undefined;

/**
 * The price book the server prices with: the snapshot file named by `PRICES_FILE` (e.g. one written by
 * `costcalc prices refresh`), read and validated exactly as the CLI's `--prices` reads it (same loader:
 * size cap, zod schema, semantic checks; a bad file is one coded SNAPSHOT_IO / INVALID_SNAPSHOT error,
 * never a silent fall-back), or the embedded snapshot when `PRICES_FILE` is unset. Read once per path.
 * @example PRICES_FILE=prices.json → serverPriceBook().id //=> the file's id, e.g. "aws-offer-files-2026-11-30"
 */
export function serverPriceBook(): PriceBook {
  const path = process.env.PRICES_FILE;
  if (!path) return embeddedPriceBook();
  if (loaded?.path !== path) loaded = { path, book: loadSnapshotFile(path) };
  return loaded.book;
}
