import { loadSnapshotFile } from "@repo/pricing/snapshot-file";

/**
 * The start-up check of `PRICES_FILE`: undefined when the CLI's `--prices` loader accepts the file, else
 * its coded error on one line, prefixed with the variable and path.
 * @example checkPricesFile("/nope.json") //=> "[web] PRICES_FILE=/nope.json: [core] SNAPSHOT_IO: …"
 */
export function checkPricesFile(path: string): string | undefined {
  try {
    loadSnapshotFile(path);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `[web] PRICES_FILE=${path}: ${message}`.replace(/\s*[\r\n]+\s*/g, " ");
  }
}
