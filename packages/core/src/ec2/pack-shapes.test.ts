import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packBest } from "./best-pack";
import { mergeShapes } from "./pack-shapes";
import { packTasks, type TaskGroup } from "./pack-tasks";

const GIB = 2 ** 30;

/** Few shapes, many services: the case the merge is for (a portfolio has a dozen task sizes). */
const groupsArb = fc
  .array(
    fc.record({
      shape: fc.constantFrom([250, GIB / 2], [500, GIB], [1000, 2 * GIB], [2000, 8 * GIB], [4000, 30 * GIB], [9000, GIB]),
      count: fc.integer({ min: 0, max: 9 }),
      name: fc.string({ minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((cases) =>
    // Service names are unique in a scenario (estimateScenario rejects a repeated one).
    cases.map(
      (c, i): TaskGroup => ({ name: `${c.name}${i}`, cpuMillicores: c.shape[0] ?? 0, memoryBytes: c.shape[1] ?? 0, count: c.count }),
    ),
  );
const limitsArb = fc.record({
  cpuMillicores: fc.constantFrom(2000, 4000, 8000),
  memoryBytes: fc.constantFrom(4 * GIB, 16 * GIB),
  maxTasks: fc.integer({ min: 1, max: 30 }),
});

describe("mergeShapes: one group per shape packs exactly as the services did", () => {
  it("first-fit decreasing: the same nodes and per-node usage; the unplaceable names come back in packTasks' order", () => {
    fc.assert(
      fc.property(groupsArb, limitsArb, (groups, limits) => {
        const shapes = mergeShapes(groups);
        const merged = packTasks(shapes.groups, limits);
        const direct = packTasks(groups, limits);
        expect({ ...merged, unplaceable: shapes.expand(merged.unplaceable) }).toEqual(direct);
      }),
      { numRuns: 300 },
    );
  });

  it("packBest (exact search up to 40 tasks, else three FFD orders): the same node count and quality", () => {
    fc.assert(
      fc.property(groupsArb, limitsArb, (groups, limits) => {
        const shapes = mergeShapes(groups);
        const merged = packBest(shapes.groups, limits);
        const direct = packBest(groups, limits);
        expect([merged.nodeCount, merged.quality]).toEqual([direct.nodeCount, direct.quality]);
      }),
      { numRuns: 200 },
    );
  });

  it("hand case: b (2 tasks) and a (3 tasks) of one shape become group a with 5 tasks; c keeps its own", () => {
    const shapes = mergeShapes([
      { name: "b", cpuMillicores: 500, memoryBytes: GIB, count: 2 },
      { name: "c", cpuMillicores: 250, memoryBytes: GIB, count: 1 },
      { name: "a", cpuMillicores: 500, memoryBytes: GIB, count: 3 },
      { name: "z", cpuMillicores: 250, memoryBytes: GIB, count: 0 },
    ]);
    expect(shapes.groups).toEqual([
      { name: "a", cpuMillicores: 500, memoryBytes: GIB, count: 5 },
      { name: "c", cpuMillicores: 250, memoryBytes: GIB, count: 1 },
    ]);
    expect(shapes.expand(["a", "c"])).toEqual(["a", "b", "c"]);
  });
});
