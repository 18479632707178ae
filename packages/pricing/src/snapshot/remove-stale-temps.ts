import { readdir, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The temporary file `writeSnapshotAtomic` writes next to `path` for process `pid`. */
export function tempFileName(path: string, pid: number, stamp: string): string {
  return join(dirname(path), `.${basename(path)}.${pid}.${stamp}.tmp`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DAY_MS = 24 * 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files an earlier, killed refresh left beside `path` (`.prices.json.<pid>.<t>.tmp`):
 * those whose writer process is gone, or older than a day (its pid may have been reused). A temp file
 * of a live writer is left alone, so two refreshes into one directory do not break each other.
 * Returns the names removed. The snapshot itself is never touched.
 * @example await removeStaleTemps("prices.json") //=> [".prices.json.4242.m1x2y3.tmp"]
 */
export async function removeStaleTemps(path: string, now: () => number = Date.now): Promise<string[]> {
  const directory = dirname(path);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(path))}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`);
  const names = await readdir(directory).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const file = join(directory, name);
    const age = now() - (await stat(file).catch(() => ({ mtimeMs: now() }))).mtimeMs;
    if (pid === process.pid || (isRunning(pid) && age < DAY_MS)) continue;
    if (
      await unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}
