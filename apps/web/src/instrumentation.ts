/**
 * Runs once when the server starts (Next's `register()` hook, before it serves requests): a bad
 * `PRICES_FILE` stops the server with the one-line coded error of the CLI's `--prices` loader (same
 * loader, @repo/pricing/snapshot-file: missing file, over the size cap, schema or semantic problem named
 * with the first offending rate), exit code 2 — never a server that fails on its first request.
 * @example PRICES_FILE=missing.json next start
 * //=> stderr "[web] PRICES_FILE=missing.json: [core] SNAPSHOT_IO: …", exit 2
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const path = process.env.PRICES_FILE;
  if (!path) return;
  const { checkPricesFile } = await import("./lib/check-prices-file");
  const problem = checkPricesFile(path);
  if (problem === undefined) return;
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
