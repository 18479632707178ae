import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstFitRuns } from "./first-fit-runs";
import type { PackLimits } from "./pack-tasks";

type Shape = { cpuMillicores: number; memoryBytes: number; count: number };

/** First fit by its definition: each task, one at a time, on the first node (opening order) with room, else a new node. */
function oneByOne(groups: readonly Shape[], limits: PackLimits): { cpu: number; memory: number; tasks: number }[] {
  const nodes: { cpu: number; memory: number; tasks: number }[] = [];
  for (const g of groups) {
    if (g.cpuMillicores > limits.cpuMillicores || g.memoryBytes > limits.memoryBytes || limits.maxTasks < 1) continue;
    for (let t = 0; t < g.count; t += 1) {
      let node = nodes.find(
        (n) =>
          n.cpu + g.cpuMillicores <= limits.cpuMillicores && n.memory + g.memoryBytes <= limits.memoryBytes && n.tasks < limits.maxTasks,
      );
      if (!node) {
        node = { cpu: 0, memory: 0, tasks: 0 };
        nodes.push(node);
      }
      node.cpu += g.cpuMillicores;
      node.memory += g.memoryBytes;
      node.tasks += 1;
    }
  }
  return nodes;
}

const expand = (runs: ReturnType<typeof firstFitRuns>["runs"]) =>
  runs.flatMap((r) => Array.from({ length: r.count }, () => ({ cpu: r.cpu, memory: r.memory, tasks: r.tasks })));

describe("firstFitRuns: first fit on runs of alike nodes (issue 19)", () => {
  it("5 × 500m on 2000m nodes: one full node of 4 and one of 1 — two runs", () => {
    const { runs } = firstFitRuns([{ cpuMillicores: 500, memoryBytes: 1, count: 5 }], {
      cpuMillicores: 2000,
      memoryBytes: 8,
      maxTasks: 29,
    });
    expect(runs).toEqual([
      { count: 1, cpu: 2000, memory: 4, tasks: 4 },
      { count: 1, cpu: 500, memory: 1, tasks: 1 },
    ]);
  });

  it("1,000 nodes of one load stay one run: 3,000 × 1000m on 3000m nodes → { 1000 nodes × 3 tasks }", () => {
    const { runs } = firstFitRuns([{ cpuMillicores: 1000, memoryBytes: 1, count: 3000 }], {
      cpuMillicores: 3000,
      memoryBytes: 8,
      maxTasks: 29,
    });
    expect(runs).toEqual([{ count: 1000, cpu: 3000, memory: 3, tasks: 3 }]);
  });

  it("a later shape fills the gaps in order: 3 × 1500m then 4 × 500m on 2000m nodes — each of the 3 nodes takes one 500m, the 4th opens a node", () => {
    const { runs } = firstFitRuns(
      [
        { cpuMillicores: 1500, memoryBytes: 1, count: 3 },
        { cpuMillicores: 500, memoryBytes: 1, count: 4 },
      ],
      { cpuMillicores: 2000, memoryBytes: 8, maxTasks: 29 },
    );
    expect(expand(runs).map((n) => n.cpu)).toEqual([2000, 2000, 2000, 500]);
  });

  it("a shape no empty node holds is reported by index and placed nowhere", () => {
    const out = firstFitRuns(
      [
        { cpuMillicores: 5000, memoryBytes: 1, count: 2 },
        { cpuMillicores: 500, memoryBytes: 1, count: 1 },
      ],
      { cpuMillicores: 2000, memoryBytes: 8, maxTasks: 29 },
    );
    expect(out.unplaceable).toEqual([0]);
    expect(expand(out.runs)).toEqual([{ cpu: 500, memory: 1, tasks: 1 }]);
  });

  it("property: the same nodes, loads and order as placing the tasks one by one (first fit's definition)", () => {
    const shape = fc.record({
      cpuMillicores: fc.integer({ min: 1, max: 4000 }),
      memoryBytes: fc.integer({ min: 1, max: 64 }),
      count: fc.integer({ min: 0, max: 40 }),
    });
    const limits = fc.record({
      cpuMillicores: fc.integer({ min: 500, max: 4000 }),
      memoryBytes: fc.integer({ min: 8, max: 64 }),
      maxTasks: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(shape, { maxLength: 6 }), limits, (groups, l) => {
        expect(expand(firstFitRuns(groups, l).runs)).toEqual(oneByOne(groups, l));
      }),
      { numRuns: 400 },
    );
  });
});
