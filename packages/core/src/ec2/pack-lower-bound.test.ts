import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packExactly } from "./exact-pack";
import { packLowerBound } from "./pack-lower-bound";
import type { PackLimits, TaskGroup } from "./pack-tasks";

const GIB = 2 ** 30;
const MIB = 2 ** 20;

describe("packLowerBound (issue 19: a bound strong enough that the exact search is rarely needed)", () => {
  it("volume bounds: 5 × 500m on 2000m nodes need ⌈2500 ÷ 2000⌉ = 2", () => {
    expect(
      packLowerBound([{ name: "w", cpuMillicores: 500, memoryBytes: 1, count: 5 }], { cpuMillicores: 2000, memoryBytes: 8, maxTasks: 29 }),
    ).toBe(2);
  });

  it("cardinality bound, the web-app example's ECS on EC2 group at ×5: 15 × (1 vCPU, 2 GiB) + 22 × (1 vCPU, 1.75 GiB) on 7.485 vCPU nodes — CPU volume says ⌈37 000 ÷ 7 485⌉ = 5, but a node holds at most ⌊7 485 ÷ 1 000⌋ = 7 tasks, so ⌈37 ÷ 7⌉ = 6", () => {
    const limits: PackLimits = { cpuMillicores: 7485, memoryBytes: 30426529792, maxTasks: 54 };
    const groups: TaskGroup[] = [
      { name: "api", cpuMillicores: 1000, memoryBytes: 2 * GIB, count: 15 },
      { name: "web", cpuMillicores: 1000, memoryBytes: 1792 * MIB, count: 22 },
    ];
    expect(packLowerBound(groups, limits)).toBe(6);
  });

  it("cardinality by memory, smallest tasks first: 3 × 1 GiB + 3 × 3 GiB on 4 GiB nodes — the three 1 GiB tasks use 3 GiB and no 3 GiB task fits beside them: at most 3 a node, ⌈6 ÷ 3⌉ = 2; the memory volume ⌈12 ÷ 4⌉ = 3 is the larger", () => {
    const limits: PackLimits = { cpuMillicores: 100_000, memoryBytes: 4 * GIB, maxTasks: 110 };
    const groups: TaskGroup[] = [
      { name: "small", cpuMillicores: 10, memoryBytes: GIB, count: 3 },
      { name: "large", cpuMillicores: 10, memoryBytes: 3 * GIB, count: 3 },
    ];
    expect(packLowerBound(groups, limits)).toBe(3);
  });

  it("the task-slot limit still bounds: 30 tiny tasks, 10 pods a node → 3", () => {
    expect(
      packLowerBound([{ name: "t", cpuMillicores: 1, memoryBytes: 1, count: 30 }], {
        cpuMillicores: 4000,
        memoryBytes: 16 * GIB,
        maxTasks: 10,
      }),
    ).toBe(3);
  });

  it("property: never above the optimum the exact search proves (≤ 12 tasks of up to 3 shapes)", () => {
    const limits: PackLimits = { cpuMillicores: 4000, memoryBytes: 8 * GIB, maxTasks: 58 };
    const group = fc.record({
      name: fc.constantFrom("a", "b", "c"),
      cpuMillicores: fc.integer({ min: 100, max: 4000 }),
      memoryBytes: fc.integer({ min: 128, max: 8192 }).map((m) => m * MIB),
      count: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(group, { minLength: 1, maxLength: 3, selector: (g) => g.name }), (groups) => {
        const tasks = groups.reduce((n, g) => n + g.count, 0);
        // The optimum: the exact search from 1 node up to one node per task (every task fits a node).
        const exact = packExactly(groups, limits, 1, tasks + 1, { steps: 1_000_000 });
        const optimum = exact.pack?.nodeCount ?? tasks;
        expect(exact.proven).toBe(true);
        expect(packLowerBound(groups, limits)).toBeLessThanOrEqual(optimum);
      }),
      { numRuns: 200 },
    );
  });
});
