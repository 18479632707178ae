import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { ec2PriceModel } from "../purchase/ec2-price-model";
import { Ec2PurchaseSchema } from "../purchase/purchase-schema";
import { Ec2Schema, InstanceSelectionSchema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { packBest } from "./best-pack";
import { capacitySettings } from "./capacity-settings";
import { cheapestFit } from "./cheapest-fit";
import { pricedInstanceTypes } from "./instance-price-table";
import { packLowerBound } from "./pack-lower-bound";
import { packTasks, type PackLimits, type TaskGroup } from "./pack-tasks";

const book = embeddedPriceBook();
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

describe("packBest: optimal node counts up to 40 tasks (branch and bound over the FFD bound)", () => {
  it("hand case where first-fit decreasing opens a third node: sizes 4,4,3,3,3,3 into nodes of 10 → FFD 3 nodes, optimum 2 ((4,3,3) twice)", () => {
    const groups: TaskGroup[] = [
      { name: "big", cpuMillicores: 4, memoryBytes: 1, count: 2 },
      { name: "small", cpuMillicores: 3, memoryBytes: 1, count: 4 },
    ];
    const limits: PackLimits = { cpuMillicores: 10, memoryBytes: 100, maxTasks: 10 };
    expect(packTasks(groups, limits).nodeCount).toBe(3);
    const best = packBest(groups, limits);
    expect([best.nodeCount, best.quality.method, best.quality.lowerBoundNodes]).toEqual([2, "exact", 2]);
    expect(best.usedCpuMillicores).toEqual([10, 10]);
  });

  it("regression (issue 13): 3 × (1m, 30000Mi) + 7 × (1 vCPU, 5Gi) arm64 on ECS: 3 × x2gd.xlarge ($738.66) instead of FFD's 3 × r6g.2xlarge ($890.21)", () => {
    // x2gd.xlarge: 4 vCPU / 64 GiB; FFD on it needed 4 nodes, the optimum is 3 (each node one 30000Mi task + 2–3 of the 5 GiB tasks).
    const services = [
      { name: "a", taskCount: 3, architecture: "arm64", containers: [{ name: "c", cpu: "1m", memory: "30000Mi" }] },
      { name: "b", taskCount: 7, architecture: "arm64", containers: [{ name: "c", cpu: "1", memory: "5Gi" }] },
    ];
    const ecsEc2 = estimateScenario({ region: "us-east-1", services } as never, book).patterns.find((p) => p.id === "ecs-ec2")!;
    const plan = ecsEc2.nodePlans[0]!;
    expect([plan.nodeCount, plan.spec.instanceType, ecsEc2.monthlyUsd?.toFixed(2)]).toEqual([3, "x2gd.xlarge", "738.66"]);
    expect(plan.detail?.packing).toEqual({ method: "exact", lowerBoundNodes: 3, gapNodes: 0 });
  });

  it("above 40 tasks it stays heuristic and reports the gap to the lower bound (total CPU, memory, task slots)", () => {
    const groups: TaskGroup[] = [
      { name: "big", cpuMillicores: 4, memoryBytes: 1, count: 20 },
      { name: "small", cpuMillicores: 3, memoryBytes: 1, count: 40 },
    ];
    const limits: PackLimits = { cpuMillicores: 10, memoryBytes: 100, maxTasks: 10 };
    const best = packBest(groups, limits);
    // 20 × 4 + 40 × 3 = 200 → lower bound 20 nodes; first fit (any of the three orders) needs more.
    expect(best.quality).toEqual({ method: "heuristic", lowerBoundNodes: 20 });
    expect(best.nodeCount).toBeLessThanOrEqual(packTasks(groups, limits).nodeCount);
  });

  const groupArb = fc.record({
    name: fc.constantFrom("a", "b", "c", "d"),
    cpuMillicores: fc.integer({ min: 1, max: 10 }),
    memoryBytes: fc.integer({ min: 1, max: 10 }),
    count: fc.integer({ min: 1, max: 8 }),
  });
  const limitsArb = fc.record({
    cpuMillicores: fc.integer({ min: 10, max: 20 }),
    memoryBytes: fc.integer({ min: 10, max: 20 }),
    maxTasks: fc.integer({ min: 2, max: 8 }),
  });
  const distinct = (groups: TaskGroup[]): TaskGroup[] => groups.map((g, i) => ({ ...g, name: `${g.name}${i}` }));

  it("property: a valid packing of every task, between the lower bound and FFD; exact (≤ 40 tasks) unless the step budget ran out, which it says", () => {
    let exact = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(groupArb, { minLength: 1, maxLength: 5 }), limitsArb, (raw, limits) => {
        const groups = distinct(raw);
        const best = packBest(groups, limits);
        expect(best.usedTasks.reduce((a, b) => a + b, 0)).toBe(groups.reduce((a, g) => a + g.count, 0));
        best.usedCpuMillicores.forEach((cpu, i) => {
          expect(cpu).toBeLessThanOrEqual(limits.cpuMillicores);
          expect(best.usedMemoryBytes[i]).toBeLessThanOrEqual(limits.memoryBytes);
          expect(best.usedTasks[i]).toBeLessThanOrEqual(limits.maxTasks);
        });
        expect(best.nodeCount).toBeLessThanOrEqual(packTasks(groups, limits).nodeCount);
        expect(best.nodeCount).toBeGreaterThanOrEqual(packLowerBound(groups, limits));
        runs += 1;
        if (best.quality.method === "exact") {
          exact += 1;
          expect(best.quality.lowerBoundNodes).toBe(best.nodeCount);
        } else {
          // Budget exhausted (≈ 1 in 1,500 of these instances): labelled, with a real gap to a valid bound.
          expect(best.quality.lowerBoundNodes).toBeLessThan(best.nodeCount);
          expect(best.quality.lowerBoundNodes).toBeGreaterThanOrEqual(packLowerBound(groups, limits));
        }
      }),
      { numRuns: 150 },
    );
    expect(exact).toBeGreaterThanOrEqual(runs - 3);
  });

  it("property: making one task bigger (CPU or memory) never lowers the optimal node count", () => {
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 4 }),
        limitsArb,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (raw, limits, pick, extra, onCpu) => {
          const groups = distinct(raw);
          const index = pick % groups.length;
          const target = groups[index]!;
          const grown = {
            ...target,
            name: `${target.name}+`,
            count: 1,
            cpuMillicores: Math.min(limits.cpuMillicores, target.cpuMillicores + (onCpu ? extra : 0)),
            memoryBytes: Math.min(limits.memoryBytes, target.memoryBytes + (onCpu ? 0 : extra)),
          };
          const bigger = [...groups.map((g, i) => (i === index ? { ...g, count: g.count - 1 } : g)), grown];
          const [after, before] = [packBest(bigger, limits), packBest(groups, limits)];
          if (after.quality.method !== "exact" || before.quality.method !== "exact") return; // only optimal counts are monotone
          expect(after.nodeCount).toBeGreaterThanOrEqual(before.nodeCount);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("property: with the cheapest fit over real types, adding CPU or memory to a task never lowers the cost (small groups)", () => {
    const table = pricedInstanceTypes(book, "us-east-1", "linux", ec2PriceModel(Ec2PurchaseSchema.parse({})), "on-demand", {
      rootVolumeGib: 30,
      rootVolumeType: "gp3",
      publicIpv4PerNode: 0,
    });
    const ecs = capacitySettings(Ec2Schema.parse({}), "ecs");
    const selection = InstanceSelectionSchema.parse({ families: ["m7g", "c7g", "r7g", "x2gd"] });
    const one = { minNodes: 1, availabilityZones: 1 };
    const taskArb = fc.record({
      name: fc.constantFrom("a", "b", "c"),
      cpuMillicores: fc.integer({ min: 1, max: 4000 }),
      memoryBytes: fc.integer({ min: 64, max: 30000 }).map((m) => m * MIB),
      count: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(taskArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.boolean(),
        (raw, extra, onCpu) => {
          const groups = distinct(raw);
          const first = groups[0]!;
          const grown = {
            ...first,
            name: "grown",
            count: 1,
            cpuMillicores: first.cpuMillicores + (onCpu ? extra : 0),
            memoryBytes: first.memoryBytes + (onCpu ? 0 : extra * MIB),
          };
          const bigger = [{ ...first, count: first.count - 1 }, ...groups.slice(1), grown];
          const before = cheapestFit(groups, table, "arm64", selection, ecs, one).ranked[0];
          const after = cheapestFit(bigger, table, "arm64", selection, ecs, one).ranked[0];
          if (!before || !after) return;
          expect(
            after.hourlyUsd.greaterThanOrEqualTo(before.hourlyUsd),
            `${before.nodeCount} × ${before.priced.spec.instanceType} → ${after.nodeCount} × ${after.priced.spec.instanceType}`,
          ).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("packBest: shortcuts that keep the answer (issue 19)", () => {
  it("one task shape: 40 × (300m, 1 GiB) on 1000m / 8 GiB nodes — a node holds ⌊1000 ÷ 300⌋ = 3, so ⌈40 ÷ 3⌉ = 14 nodes, proven (the CPU volume bound alone says 12; the cardinality bound says 14)", () => {
    const limits: PackLimits = { cpuMillicores: 1000, memoryBytes: 8 * GIB, maxTasks: 110 };
    const groups: TaskGroup[] = [{ name: "batch", cpuMillicores: 300, memoryBytes: GIB, count: 40 }];
    expect(packLowerBound(groups, limits)).toBe(14);
    const pack = packBest(groups, limits, { steps: 0 });
    expect(pack.nodeCount).toBe(14);
    expect(pack.quality).toEqual({ method: "exact", lowerBoundNodes: 14 });
  });

  it("property: packBest's node count is the smallest of the three first-fit orders whenever the tasks are above 40 (the skipped orders never beat the bound)", () => {
    const limits: PackLimits = { cpuMillicores: 4000, memoryBytes: 16 * GIB, maxTasks: 58 };
    const taskArb = fc.record({
      name: fc.constantFrom("a", "b", "c", "d"),
      cpuMillicores: fc.integer({ min: 1, max: 4000 }),
      memoryBytes: fc.integer({ min: 64, max: 16384 }).map((m) => m * MIB),
      count: fc.integer({ min: 15, max: 30 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(taskArb, { minLength: 3, maxLength: 4, selector: (t) => t.name }), (groups) => {
        const orders = [
          packTasks(groups, limits),
          packTasks(
            groups,
            limits,
            [...groups].sort((a, b) => b.cpuMillicores - a.cpuMillicores || b.memoryBytes - a.memoryBytes || (a.name < b.name ? -1 : 1)),
          ),
          packTasks(
            groups,
            limits,
            [...groups].sort((a, b) => b.memoryBytes - a.memoryBytes || b.cpuMillicores - a.cpuMillicores || (a.name < b.name ? -1 : 1)),
          ),
        ];
        expect(packBest(groups, limits).nodeCount).toBe(Math.min(...orders.map((o) => o.nodeCount)));
      }),
      { numRuns: 60 },
    );
  });
});
