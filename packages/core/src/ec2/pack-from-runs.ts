import type { PackResult } from "./pack-tasks";

/** `count` consecutive nodes with the same load (first fit's nodes, in opening order; first-fit-runs.ts). */
export type NodeRun = { count: number; cpu: number; memory: number; tasks: number };

/**
 * A packing from first fit's runs of alike nodes, its per-node arrays written out only when read (issue 19:
 * every candidate type of every scaled run wrote thousands of per-node entries that only the answer's
 * utilisation detail ever reads — node-group-utilisation.ts). The arrays are the same as an eager expansion
 * (each run's load repeated `count` times, in run order), and being own enumerable getters they are what
 * JSON.stringify, structuredClone and toEqual see. Extend the object in place (`Object.assign`), never by
 * spreading it: a spread reads every getter and writes all the arrays out.
 * @example packFromRuns([{ count: 2, cpu: 1000, memory: 4, tasks: 2 }], []).usedTasks //=> [2, 2]
 */
export function packFromRuns(runs: readonly NodeRun[], unplaceable: string[]): PackResult {
  let nodeCount = 0;
  for (const run of runs) nodeCount += run.count;
  let expanded: { cpu: number[]; memory: number[]; tasks: number[] } | undefined;
  const expand = (): { cpu: number[]; memory: number[]; tasks: number[] } => {
    if (expanded) return expanded;
    const cpu: number[] = [];
    const memory: number[] = [];
    const tasks: number[] = [];
    for (const run of runs) {
      for (let n = 0; n < run.count; n += 1) {
        cpu.push(run.cpu);
        memory.push(run.memory);
        tasks.push(run.tasks);
      }
    }
    expanded = { cpu, memory, tasks };
    return expanded;
  };
  return {
    nodeCount,
    get usedCpuMillicores() {
      return expand().cpu;
    },
    get usedMemoryBytes() {
      return expand().memory;
    },
    get usedTasks() {
      return expand().tasks;
    },
    unplaceable,
  };
}
