import { describe, expect, it } from "vitest";
import { packFromRuns } from "./pack-from-runs";
import { packTasks } from "./pack-tasks";

describe("packFromRuns", () => {
  const runs = [
    { count: 2, cpu: 2000, memory: 8, tasks: 4 },
    { count: 1, cpu: 500, memory: 1, tasks: 1 },
  ];

  it("writes each run's load once per node, in run order (hand expansion: 2 nodes of 4 tasks, then 1 of 1)", () => {
    const pack = packFromRuns(runs, []);
    expect(pack.nodeCount).toBe(3);
    expect(pack.usedCpuMillicores).toEqual([2000, 2000, 500]);
    expect(pack.usedMemoryBytes).toEqual([8, 8, 1]);
    expect(pack.usedTasks).toEqual([4, 4, 1]);
  });

  it("is seen as plain arrays by JSON and structuredClone (the analysis JSON and the web worker's message)", () => {
    const pack = packFromRuns(runs, ["big"]);
    const plain = {
      nodeCount: 3,
      usedCpuMillicores: [2000, 2000, 500],
      usedMemoryBytes: [8, 8, 1],
      usedTasks: [4, 4, 1],
      unplaceable: ["big"],
    };
    expect(JSON.parse(JSON.stringify(pack))).toEqual(plain);
    expect(structuredClone(pack)).toEqual(plain);
  });

  it("writes the arrays out once: two reads give the same array", () => {
    const pack = packFromRuns(runs, []);
    expect(pack.usedTasks).toBe(pack.usedTasks);
  });

  it("packTasks' per-node loads: 9 tasks of 500m on 2,000m nodes are 2 full nodes of 4 and one of 1 (first fit by hand)", () => {
    const pack = packTasks([{ name: "w", cpuMillicores: 500, memoryBytes: 1, count: 9 }], {
      cpuMillicores: 2000,
      memoryBytes: 100,
      maxTasks: 29,
    });
    expect(pack.usedCpuMillicores).toEqual([2000, 2000, 500]);
    expect(pack.usedTasks).toEqual([4, 4, 1]);
  });
});
