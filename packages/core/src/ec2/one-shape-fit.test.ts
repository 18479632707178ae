import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ec2PriceModel } from "../purchase/ec2-price-model";
import { Ec2PurchaseSchema } from "../purchase/purchase-schema";
import { Ec2Schema, InstanceSelectionSchema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { capacitySettings } from "./capacity-settings";
import { cheapestFit } from "./cheapest-fit";
import { pricedInstanceTypes } from "./instance-price-table";
import { nodeCapacity } from "./node-capacity";
import { oneShapeAnswer, oneShapePack } from "./one-shape-fit";
import { packBest } from "./best-pack";
import { packLimits } from "./cheapest-fit";

const book = embeddedPriceBook();
const GIB = 1024 ** 3;
const extras = { rootVolumeGib: 30, rootVolumeType: "gp3" as const, publicIpv4PerNode: 0 };
const table = pricedInstanceTypes(book, "us-east-1", "linux", ec2PriceModel(Ec2PurchaseSchema.parse({})), "on-demand", extras);
const settings = { ecs: capacitySettings(Ec2Schema.parse({}), "ecs"), eks: capacitySettings(Ec2Schema.parse({}), "eks") };
const candidate = (instanceType: string) => {
  const priced = table.find((t) => t.spec.instanceType === instanceType);
  if (!priced) throw new Error(`${instanceType} not in the us-east-1 table`);
  return { priced, limits: packLimits(nodeCapacity(priced.spec, settings.ecs)) };
};

describe("oneShapeAnswer", () => {
  it("6 × (0.5 vCPU, 1 GiB) on ECS: 1 × m5.xlarge ($142.56/month) beats 2 × m5.large ($144.96) — cheapest-fit.test.ts's worked example", () => {
    const winner = oneShapeAnswer(
      { name: "web", cpuMillicores: 500, memoryBytes: GIB, count: 6 },
      [candidate("m5.large"), candidate("m5.xlarge")],
      (n) => n,
    );
    expect(winner?.priced.spec.instanceType).toBe("m5.xlarge");
  });

  it("at least 2 nodes: 2 × m5.large ($144.96) beats 2 × m5.xlarge ($285.12)", () => {
    const atLeastTwo = (n: number) => Math.max(n, 2);
    const winner = oneShapeAnswer(
      { name: "web", cpuMillicores: 500, memoryBytes: GIB, count: 6 },
      [candidate("m5.xlarge"), candidate("m5.large")],
      atLeastTwo,
    );
    expect(winner?.priced.spec.instanceType).toBe("m5.large");
  });

  it("no candidate holds the task: no answer", () => {
    expect(
      oneShapeAnswer({ name: "big", cpuMillicores: 64_000, memoryBytes: GIB, count: 1 }, [candidate("m5.large")], (n) => n),
    ).toBeUndefined();
  });
});

describe("cheapestFit of one shape without runners-up = the branch and bound's answer (same type, nodes, cost, packing)", () => {
  const families = fc.subarray(["m5", "c5", "r5", "m6i", "c6i", "t3", "m7i", "c7i", "r6i", "x2idn"], { minLength: 1 });
  const sizes = fc.record({
    cpuMillicores: fc.integer({ min: 1, max: 48_000 }),
    memoryGib: fc.integer({ min: 1, max: 256 }),
    count: fc.integer({ min: 1, max: 3_000 }),
  });
  it("on random shapes, counts, catalogs, orchestrators and availability rules", () => {
    fc.assert(
      fc.property(
        sizes,
        families,
        fc.constantFrom("ecs" as const, "eks" as const),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (size, fams, orchestrator, minNodes, availabilityZones) => {
          const group = [{ name: "batch", cpuMillicores: size.cpuMillicores, memoryBytes: size.memoryGib * GIB, count: size.count }];
          const selection = InstanceSelectionSchema.parse({ families: fams });
          const availability = { minNodes, availabilityZones };
          const fast = cheapestFit(group, table, "x86_64", selection, settings[orchestrator], availability, { runnersUp: false });
          const searched = cheapestFit(group, table, "x86_64", selection, settings[orchestrator], availability);
          const view = (fit: typeof fast) => {
            const p = fit.ranked[0];
            return (
              p && {
                type: p.priced.spec.instanceType,
                nodes: p.nodeCount,
                usd: p.hourlyUsd.toString(),
                packed: p.pack.nodeCount,
                quality: p.pack.quality,
              }
            );
          };
          expect(view(fast)).toEqual(view(searched));
          expect(fast.consideredCount).toBe(searched.consideredCount);
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
  });
});

describe("oneShapePack = packBest for one shape (same node count, per-node loads, quality)", () => {
  it("9 × 500m on 2,000m nodes: 4 + 4 + 1, proven optimal (first fit by hand)", () => {
    const pack = oneShapePack(
      { name: "w", cpuMillicores: 500, memoryBytes: 1, count: 9 },
      { cpuMillicores: 2000, memoryBytes: 100, maxTasks: 29 },
    );
    expect(pack.usedTasks).toEqual([4, 4, 1]);
    expect(pack.quality).toEqual({ method: "exact", lowerBoundNodes: 3 });
  });

  it("on random shapes, counts and node sizes that hold at least one task", () => {
    fc.assert(
      fc.property(
        fc.record({
          cpu: fc.integer({ min: 0, max: 8000 }),
          memory: fc.integer({ min: 0, max: 64 }),
          count: fc.integer({ min: 1, max: 500 }),
        }),
        fc.record({
          cpu: fc.integer({ min: 1, max: 64_000 }),
          memory: fc.integer({ min: 1, max: 512 }),
          maxTasks: fc.integer({ min: 1, max: 250 }),
        }),
        (task, node) => {
          const group = { name: "batch", cpuMillicores: task.cpu, memoryBytes: task.memory * GIB, count: task.count };
          const limits = { cpuMillicores: node.cpu, memoryBytes: node.memory * GIB, maxTasks: node.maxTasks };
          fc.pre(task.cpu <= node.cpu && task.memory <= node.memory);
          expect(JSON.parse(JSON.stringify(oneShapePack(group, limits)))).toEqual(JSON.parse(JSON.stringify(packBest([group], limits))));
        },
      ),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
