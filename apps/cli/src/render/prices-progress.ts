import type { RefreshProgress } from "@repo/pricing";

/**
 * One progress line: `[########----------------] 3/11 eu-west-1 AmazonEC2: 120/310 MB`.
 * @example progressLine({ completed: 1, total: 4, detail: "us-east-1 done" }, 8) //=> "[##------] 1/4 us-east-1 done"
 */
export function progressLine(progress: RefreshProgress, width = 24, maxLength = 100): string {
  const filled = progress.total ? Math.round((progress.completed / progress.total) * width) : 0;
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progress.completed}/${progress.total} ${progress.detail}`;
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/**
 * A progress bar on stderr that redraws one line in place (`\r` + erase line). Enabled only when
 * stderr is a terminal or `--progress` is given, so logs and pipes stay clean. Redraws only when the
 * text changes (a few hundred times for a 300 MB download, not once per chunk).
 */
export function createProgressBar(write: (text: string) => void, enabled: boolean, columns = 100) {
  let last = "";
  return {
    update(progress: RefreshProgress): void {
      if (!enabled) return;
      const line = progressLine(progress, 24, Math.max(40, columns - 1));
      if (line === last) return;
      last = line;
      write(`\r\x1b[2K${line}`);
    },
    done(): void {
      if (enabled && last) write("\n");
      last = "";
    },
  };
}
