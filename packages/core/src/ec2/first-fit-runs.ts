import type { NodeRun as Run } from "./pack-from-runs";
import type { PackLimits, TaskGroup } from "./pack-tasks";

/** Tasks of the group one node with this much free room takes: min(⌊cpu ÷ c⌋, ⌊memory ÷ m⌋, task slots). */
export const perNodeFit = (group: Pick<TaskGroup, "cpuMillicores" | "memoryBytes">, cpu: number, memory: number, tasks: number): number => {
  const byCpu = group.cpuMillicores > 0 ? Math.floor(cpu / group.cpuMillicores) : Number.MAX_SAFE_INTEGER;
  const byMemory = group.memoryBytes > 0 ? Math.floor(memory / group.memoryBytes) : Number.MAX_SAFE_INTEGER;
  return Math.min(byCpu, byMemory, tasks);
};

/** `count` nodes of `run`'s load with k more tasks of `group` each. */
function loaded(run: Run, count: number, k: number, group: Pick<TaskGroup, "cpuMillicores" | "memoryBytes">): Run {
  return { count, cpu: run.cpu + k * group.cpuMillicores, memory: run.memory + k * group.memoryBytes, tasks: run.tasks + k };
}

/**
 * First fit with bulk placement (packTasks' rule: each group's tasks go, k at a time, into the first node with
 * room, in node order, then onto new nodes, as many as an empty node holds) on RUNS of identical nodes instead
 * of single nodes (issue 19, "skip full nodes with an index over free capacity"): the nodes a group opens are
 * all alike but the last, and a group entering a run of m alike nodes that take f each fills the first
 * ⌊remaining ÷ f⌋ of them, puts the rest on the next and leaves the others as they were — the same nodes, loads
 * and order as placing node by node, so the answer is unchanged, while the work is per run: it grows with the
 * number of task shapes, not with the number of nodes (1,000 nodes of one shape are one run).
 * @example firstFitRuns([{ cpuMillicores: 500, memoryBytes: 1, count: 5 }], { cpuMillicores: 2000, memoryBytes: 8, maxTasks: 29 }).runs
 * //=> [{ count: 1, cpu: 2000, memory: 4, tasks: 4 }, { count: 1, cpu: 500, memory: 1, tasks: 1 }]
 */
export function firstFitRuns(
  sorted: readonly Pick<TaskGroup, "cpuMillicores" | "memoryBytes" | "count">[],
  limits: PackLimits,
): { runs: Run[]; unplaceable: number[] } {
  let runs: Run[] = [];
  const unplaceable: number[] = [];
  for (const [index, group] of sorted.entries()) {
    const perEmptyNode = perNodeFit(group, limits.cpuMillicores, limits.memoryBytes, limits.maxTasks);
    if (perEmptyNode === 0) {
      unplaceable.push(index);
      continue;
    }
    let remaining = group.count;
    const next: Run[] = [];
    for (const run of runs) {
      const fit =
        remaining > 0 ? perNodeFit(group, limits.cpuMillicores - run.cpu, limits.memoryBytes - run.memory, limits.maxTasks - run.tasks) : 0;
      if (fit === 0) {
        next.push(run);
        continue;
      }
      const full = Math.min(run.count, Math.floor(remaining / fit));
      remaining -= full * fit;
      const partial = full < run.count && remaining > 0 ? remaining : 0;
      remaining -= partial;
      if (full > 0) next.push(loaded(run, full, fit, group));
      if (partial > 0) next.push(loaded(run, 1, partial, group));
      const untouched = run.count - full - (partial > 0 ? 1 : 0);
      if (untouched > 0) next.push(untouched === run.count ? run : loaded(run, untouched, 0, group));
    }
    const opened = Math.floor(remaining / perEmptyNode);
    const rest = remaining - opened * perEmptyNode;
    if (opened > 0)
      next.push({ count: opened, cpu: perEmptyNode * group.cpuMillicores, memory: perEmptyNode * group.memoryBytes, tasks: perEmptyNode });
    if (rest > 0) next.push({ count: 1, cpu: rest * group.cpuMillicores, memory: rest * group.memoryBytes, tasks: rest });
    runs = next;
  }
  return { runs, unplaceable };
}
