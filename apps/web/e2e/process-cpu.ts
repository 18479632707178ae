/**
 * CPU time a process (and its descendants) has used, read from Linux /proc — the load bench's
 * host-independent figure (issue 17 load): wall-clock req/s swings with whatever else the 2-core machine
 * runs, but the server's CPU milliseconds per request barely do, and their ratio to a static JSON
 * response's cost cancels most of the host's speed. Linux only; elsewhere `cpuMsOf` returns undefined.
 * @example const before = cpuMsOf(pid); …N requests…; const perRequestMs = (cpuMsOf(pid)! - before!) / N;
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100; // the Linux default (USER_HZ)
  }
})();

/** utime + stime of one process in clock ticks (fields 14 and 15 of /proc/<pid>/stat), 0 if it is gone. */
function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ")"
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // fields 14, 15 → index 11, 12 after pid and comm
  } catch {
    return 0;
  }
}

/** Direct children of a process, from /proc/<pid>/task/<tid>/children (every thread's list). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** CPU milliseconds (user + system) used so far by `pid` and every live descendant; undefined off Linux. */
export function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  let ticks = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    ticks += ticksOf(next);
    pending.push(...childrenOf(next));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The CPU ms `pid` spends per call of `run` (which makes `count` requests), over the whole run. */
export async function cpuMsPerRequest(pid: number | undefined, count: number, run: () => Promise<unknown>) {
  const before = cpuMsOf(pid);
  const wallStart = performance.now();
  await run();
  const after = cpuMsOf(pid);
  const wallMs = performance.now() - wallStart;
  if (before === undefined || after === undefined) return undefined;
  return { perRequestMs: (after - before) / count, totalMs: after - before, wallMs };
}
