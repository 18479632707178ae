import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packLowerBound } from "./pack-lower-bound";
import { mergeIdenticalRuns, packTasks, sortForPacking, type PackLimits, type TaskGroup } from "./pack-tasks";

const GIB = 1024 ** 3;
const node: PackLimits = { cpuMillicores: 2000, memoryBytes: 8 * GIB, maxTasks: 100 };

describe("packTasks worked examples", () => {
  it.each([
    {
      label: "5 × 0.5 vCPU on 2-vCPU nodes: 4 per node by CPU → 2 nodes",
      groups: [{ name: "web", cpuMillicores: 500, memoryBytes: GIB, count: 5 }],
      limits: node,
      nodes: 2,
    },
    {
      label: "memory-bound: 3 × 3 GiB on 8 GiB nodes: 2 per node → 2 nodes",
      groups: [{ name: "cache", cpuMillicores: 100, memoryBytes: 3 * GIB, count: 3 }],
      limits: node,
      nodes: 2,
    },
    {
      label: "max pods bound: 10 tiny pods, 4 per node → 3 nodes",
      groups: [{ name: "tiny", cpuMillicores: 10, memoryBytes: 1024, count: 10 }],
      limits: { ...node, maxTasks: 4 },
      nodes: 3,
    },
    {
      // FFD: big tasks first (1500m each, one per node), then the 500m tasks fill the gaps: 3 nodes.
      // Placing the small ones first (first fit in input order) would take 4 nodes for 2 × 4 small + 3 big.
      label: "decreasing order fills gaps: 3 × 1500m + 3 × 500m → 3 nodes",
      groups: [
        { name: "small", cpuMillicores: 500, memoryBytes: GIB, count: 3 },
        { name: "big", cpuMillicores: 1500, memoryBytes: GIB, count: 3 },
      ],
      limits: node,
      nodes: 3,
    },
    {
      label: "exact fit: 4 × 500m fill a 2000m node to the millicore",
      groups: [{ name: "exact", cpuMillicores: 500, memoryBytes: 2 * GIB, count: 4 }],
      limits: node,
      nodes: 1,
    },
  ])("$label", ({ groups, limits, nodes }) => {
    expect(packTasks(groups, limits).nodeCount).toBe(nodes);
  });

  it("a task larger than a node is reported, not placed", () => {
    const result = packTasks([{ name: "huge", cpuMillicores: 4000, memoryBytes: GIB, count: 2 }], node);
    expect(result.unplaceable).toEqual(["huge"]);
    expect(result.nodeCount).toBe(0);
  });
});

describe("packTasks properties", () => {
  const groupArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 6 }),
    cpuMillicores: fc.integer({ min: 0, max: 4000 }),
    memoryBytes: fc.integer({ min: 0, max: 16 * GIB }),
    count: fc.integer({ min: 0, max: 40 }),
  });
  const limitsArb = fc.record({
    cpuMillicores: fc.integer({ min: 4000, max: 64000 }),
    memoryBytes: fc.integer({ min: 16 * GIB, max: 256 * GIB }),
    maxTasks: fc.integer({ min: 1, max: 250 }),
  });

  it("places every task, never overfills a node, and never beats the lower bound", () => {
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 12 }), limitsArb, (groups: TaskGroup[], limits) => {
        const result = packTasks(groups, limits);
        expect(result.unplaceable).toEqual([]);
        const placed = result.usedTasks.reduce((a, b) => a + b, 0);
        expect(placed).toBe(groups.reduce((a, g) => a + g.count, 0));
        for (let i = 0; i < result.nodeCount; i += 1) {
          expect(result.usedCpuMillicores[i]).toBeLessThanOrEqual(limits.cpuMillicores);
          expect(result.usedMemoryBytes[i]).toBeLessThanOrEqual(limits.memoryBytes);
          expect(result.usedTasks[i]).toBeLessThanOrEqual(limits.maxTasks);
          expect(result.usedTasks[i]).toBeGreaterThan(0);
        }
        expect(result.nodeCount).toBeGreaterThanOrEqual(packLowerBound(groups, limits));
      }),
      { numRuns: 300 },
    );
  });

  it("uses at most 4 × the lower bound + 1 nodes (first fit leaves at most one node under half full in both resources)", () => {
    // If nodes i < j were both ≤ half full in CPU and memory, every task on j was ≤ half a node and would have
    // fit on i when placed, so first fit would have put it there. Every other node is > half full in CPU or in
    // memory, and fewer than 2 × (total ÷ node size) nodes can be: nodes ≤ 2·cpuBound + 2·memBound + 1 ≤ 4·LB + 1.
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 12 }), limitsArb, (groups: TaskGroup[], limits) => {
        const result = packTasks(groups, { ...limits, maxTasks: Number.MAX_SAFE_INTEGER });
        const lb = packLowerBound(groups, { ...limits, maxTasks: Number.MAX_SAFE_INTEGER });
        expect(result.nodeCount).toBeLessThanOrEqual(4 * lb + 1);
      }),
      { numRuns: 200 },
    );
  });
});

/** The textbook first-fit decreasing, one task at a time (the reference the bulk packing must equal). */
function packOneByOne(
  groups: readonly TaskGroup[],
  limits: PackLimits,
): { cpu: number[]; memory: number[]; tasks: number[]; unplaceable: string[] } {
  const cpu: number[] = [];
  const memory: number[] = [];
  const tasks: number[] = [];
  const unplaceable: string[] = [];
  for (const g of sortForPacking(groups, limits).filter((x) => x.count > 0)) {
    if (g.cpuMillicores > limits.cpuMillicores || g.memoryBytes > limits.memoryBytes || limits.maxTasks < 1) {
      unplaceable.push(g.name);
      continue;
    }
    for (let k = 0; k < g.count; k += 1) {
      let node = 0;
      while (
        node < tasks.length &&
        (cpu[node]! + g.cpuMillicores > limits.cpuMillicores ||
          memory[node]! + g.memoryBytes > limits.memoryBytes ||
          tasks[node]! >= limits.maxTasks)
      )
        node += 1;
      if (node === tasks.length) {
        cpu.push(0);
        memory.push(0);
        tasks.push(0);
      }
      cpu[node]! += g.cpuMillicores;
      memory[node]! += g.memoryBytes;
      tasks[node]! += 1;
    }
  }
  return { cpu, memory, tasks, unplaceable };
}

describe("bulk packing equals one-by-one first-fit decreasing", () => {
  // Few shapes and names so that identical shapes (merged into one run) and equal shares both occur.
  const shapeArb = fc.record({
    name: fc.constantFrom("a", "b", "c", "d", "e"),
    cpuMillicores: fc.constantFrom(250, 500, 1000, 1500, 3000),
    memoryBytes: fc.constantFrom(GIB / 2, GIB, 2 * GIB, 6 * GIB),
    count: fc.integer({ min: 0, max: 30 }),
  });
  const smallNode = fc.record({
    cpuMillicores: fc.constantFrom(2000, 4000, 8000),
    memoryBytes: fc.constantFrom(4 * GIB, 8 * GIB, 16 * GIB),
    maxTasks: fc.integer({ min: 1, max: 29 }),
  });

  it("same per-node CPU, memory and task counts, same unplaceable names", () => {
    fc.assert(
      fc.property(fc.array(shapeArb, { maxLength: 8 }), smallNode, (groups, limits) => {
        const bulk = packTasks(groups, limits);
        const reference = packOneByOne(groups, limits);
        expect(bulk.usedCpuMillicores).toEqual(reference.cpu);
        expect(bulk.usedMemoryBytes).toEqual(reference.memory);
        expect(bulk.usedTasks).toEqual(reference.tasks);
        expect(bulk.unplaceable).toEqual(reference.unplaceable);
      }),
      { numRuns: 300 },
    );
  });

  it("identical shapes next to each other in packing order merge into one run (2 + 3 = 5 tasks, both names kept)", () => {
    const merged = mergeIdenticalRuns([
      { name: "a", cpuMillicores: 500, memoryBytes: GIB, count: 2 },
      { name: "b", cpuMillicores: 500, memoryBytes: GIB, count: 3 },
      { name: "c", cpuMillicores: 250, memoryBytes: GIB, count: 1 },
    ]);
    expect(merged.map((g) => [g.count, g.names])).toEqual([
      [5, ["a", "b"]],
      [1, ["c"]],
    ]);
  });
});
