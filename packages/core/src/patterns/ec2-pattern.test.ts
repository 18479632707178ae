import { renderMessage } from "../messages/english";
import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { isCoreError } from "../errors";
import { embeddedPriceBook } from "../snapshot/embedded";

const book = embeddedPriceBook();
const pattern = (input: object, id: "ecs-ec2" | "eks-ec2") => {
  const found = estimateScenario({ region: "us-east-1", ...input }, book).patterns.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};
const web = (taskCount: number) => ({ name: "web", taskCount, vcpu: 0.5, memoryGib: 1 });

describe("EC2 patterns, worked examples (us-east-1: m5.large $0.096/h S5, gp3 $0.08/GB-month, EKS $0.10/h)", () => {
  it("ECS, m5.large, 1-year Standard RI Partial Upfront (S3 HU7G6KETJZ): $252 upfront + $0.029/h", () => {
    // 3 tasks × 500m fit one node (1700m allocatable). Line = 730 h × (0.029 + 252/8760) = 21.17 + 21.00 = $42.17.
    const p = pattern(
      { services: [web(3)], ec2: { instanceType: "m5.large" }, purchase: { ec2: { option: "reserved", payment: "partial-upfront" } } },
      "ecs-ec2",
    );
    expect(p.nodePlans[0]?.nodeCount).toBe(1);
    const instance = p.lines.find((l) => l.id.endsWith(":instances"));
    expect(instance?.monthlyUsd.toDecimalPlaces(10).toFixed()).toBe("42.17");
    expect(instance?.rate.sourceId).toBe("S5;S3");
    const summary = p.purchase[0];
    expect(summary?.upfrontUsd.toDecimalPlaces(10).toFixed()).toBe("252");
    expect(summary?.monthlyRecurringUsd.toDecimalPlaces(10).toFixed()).toBe("21.17");
    expect(summary?.monthlyEffectiveUsd.toDecimalPlaces(10).toFixed()).toBe("42.17");
    expect(p.monthlyUsd?.toDecimalPlaces(10).toFixed()).toBe("44.57"); // + 30 GiB gp3 = $2.40
  });

  it("EKS, m5.large: 26 pods exceed the 25 free pod slots (29 max pods − 4 DaemonSet pods) → 2 nodes", () => {
    const p = pattern(
      {
        services: [{ name: "tiny", taskCount: 26, containers: [{ name: "c", cpu: "10m", memory: "16Mi" }] }],
        ec2: { instanceType: "m5.large" },
      },
      "eks-ec2",
    );
    expect(p.nodePlans[0]?.nodeCount).toBe(2);
    expect(p.nodePlans[0]?.detail?.capacity.maxPods).toBe(29);
    // 2 × 730 × 0.096 + 2 × 2.40 + EKS 73.00 = 140.16 + 4.80 + 73 = 217.96
    expect(p.monthlyUsd?.toFixed()).toBe("217.96");
  });

  it("prefix delegation lifts the pod limit: the same 26 pods fit one m5.large (110 − 4 slots)", () => {
    const p = pattern(
      {
        services: [{ name: "tiny", taskCount: 26, containers: [{ name: "c", cpu: "10m", memory: "16Mi" }] }],
        ec2: { instanceType: "m5.large", eksMaxPodsMode: "prefix-delegation" },
      },
      "eks-ec2",
    );
    expect(p.nodePlans[0]?.nodeCount).toBe(1);
  });

  it("minimum 2 nodes over 3 AZs gives 3 nodes for a 1-node workload", () => {
    const p = pattern({ services: [web(1)], ec2: { instanceType: "m5.large", minNodes: 2, availabilityZones: 3 } }, "ecs-ec2");
    expect(p.nodePlans[0]?.nodeCount).toBe(3);
    expect(p.nodePlans[0]?.detail?.packedNodeCount).toBe(1);
  });

  it("reports utilisation of allocatable capacity: 3 × 500m of 1700m = 88.2 %, 3 GiB of 7021 MiB = 43.8 %", () => {
    const p = pattern({ services: [web(3)], ec2: { instanceType: "m5.large" } }, "ecs-ec2");
    const u = p.nodePlans[0]?.detail?.utilisation;
    expect(u?.cpuPercent.toDecimalPlaces(1).toFixed()).toBe("88.2");
    expect(u?.memoryPercent.toDecimalPlaces(1).toFixed()).toBe("43.8");
    expect(u?.idleCpuMillicores).toBe(200);
    // unused = 730 × 0.096 × (100 − 88.235…)% = 70.08 × 0.117647… = $8.2447…
    expect(u?.unusedMonthlyUsd.toDecimalPlaces(2).toFixed()).toBe("8.24");
  });

  it("cheapest fit is the default and is never dearer than the user-chosen type", () => {
    const services = [web(6), { name: "api", taskCount: 3, vcpu: 1, memoryGib: 4 }];
    const cheapest = pattern({ services }, "ecs-ec2");
    const chosen = pattern({ services, ec2: { instanceType: "m6i.xlarge" } }, "ecs-ec2");
    expect(cheapest.nodePlans[0]?.detail?.selection).toBe("cheapest-fit");
    expect(cheapest.monthlyUsd?.lessThanOrEqualTo(chosen.monthlyUsd ?? 0)).toBe(true);
    expect(cheapest.nodePlans[0]?.detail?.runnersUp.length).toBe(3);
  });

  it("a task too big for the chosen type rules the pattern out, naming the service", () => {
    const p = pattern({ services: [{ name: "big", taskCount: 1, vcpu: 4, memoryGib: 8 }], ec2: { instanceType: "m5.large" } }, "ecs-ec2");
    expect(p.status).toBe("ruled-out");
    expect(p.ruledOutReasons[0]).toMatch(/^big: one task does not fit on m5.large/);
  });

  it("Spot nodes carry the reclaim warning; RIs keep batch groups on-demand", () => {
    const spot = pattern({ services: [web(2)], purchase: { ec2: { option: "spot" } } }, "ecs-ec2");
    expect(spot.notes.map(renderMessage).join(" ")).toMatch(/reclaimed/);
    const batch = pattern(
      { services: [{ ...web(1), schedule: { runsPerDay: 1, durationSeconds: 600 } }], purchase: { ec2: { option: "reserved" } } },
      "ecs-ec2",
    );
    expect(batch.notes.map(renderMessage).join(" ")).toMatch(/stay On-Demand/);
    expect(batch.purchase[0]?.upfrontUsd.isZero()).toBe(true);
  });

  it("when no priced type holds a task (sa-east-1 has no EC2 rates), a catalog type is shown with its rate missing: incomplete, not ruled out", () => {
    const p = estimateScenario(
      { region: "sa-east-1", services: [{ name: "huge", taskCount: 1, vcpu: 16, memoryGib: 120 }] },
      book,
    ).patterns.find((x) => x.id === "ecs-ec2");
    expect(p?.status).toBe("incomplete");
    expect(p?.nodePlans[0]?.detail?.selection).toBe("fallback");
    expect(p?.missingRates[0]?.usage).toMatch(/^ec2\/on-demand\/linux\//);
  });

  it("an unknown instance type is a CoreError naming ec2.instanceType", () => {
    try {
      pattern({ services: [web(1)], ec2: { instanceType: "m5.huge" } }, "ecs-ec2");
      expect.unreachable();
    } catch (error) {
      expect(isCoreError(error) && error.code === "UNKNOWN_INSTANCE_TYPE" && error.field === "ec2.instanceType").toBe(true);
    }
  });
});
