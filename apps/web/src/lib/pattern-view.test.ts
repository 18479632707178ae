import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { SMALL_WEB_APP } from "./presets";
import type { ScenarioState } from "./scenario-state";

const book = embeddedPriceBook();
const patternsOf = (state: ScenarioState) => buildView(state, book).view?.patterns ?? [];

describe("pattern view (the core's node-group JSON, as the panels get it)", () => {
  const patterns = patternsOf(SMALL_WEB_APP.state);
  const [plan] = patterns.find((pattern) => pattern.id === "ecs-ec2")?.nodeGroups ?? [];

  it("shows the core's node group: one c6a.xlarge (4 vCPU / 8 GiB), chosen as the cheapest fit", () => {
    // Requests: web 2 × 0.5 vCPU / 1 GiB + api 2 × 1 vCPU / 2 GiB = 3 vCPU / 6 GiB; a 4 vCPU / 8 GiB node is the
    // smallest shape holding both after reservations, and c6a.xlarge is its cheapest type in us-east-1 (0.153 $/h).
    expect(plan).toMatchObject({
      instanceType: "c6a.xlarge",
      nodeCount: 1,
      instance: { vcpu: 4, memoryGib: "8" },
      selection: "cheapest-fit",
      services: ["web", "api"],
      purchase: { label: "On-Demand" },
    });
    expect(plan?.search?.consideredTypes).toBeGreaterThan(1);
  });

  it("allocatable = hardware − ECS reservation − per-node agents (hand-derived)", () => {
    // CPU: 4000m − 0 (the ECS agent reserves no CPU by default) − 300m (default log 100m + metrics 200m agents) = 3700m.
    // Memory: 8192 MiB − ceil(7.5 % hypervisor/kernel overhead = 614.4 MiB) − 256 MiB ECS_RESERVED_MEMORY − 300 MiB agents
    //       = 8192 − 615 − 256 − 300 = 7021 MiB.
    expect(plan?.allocatablePerNode).toMatchObject({ cpuMillicores: 3700, memoryMib: "7021" });
  });

  it("utilisation is requests ÷ allocatable: 3000 ÷ 3700 = 81.08 %, 6144 ÷ 7021 MiB = 87.51 %", () => {
    expect(Number(plan?.utilisation?.cpuPercent)).toBeCloseTo((3000 / 3700) * 100, 10);
    expect(Number(plan?.utilisation?.memoryPercent)).toBeCloseTo((6144 / 7021) * 100, 10);
  });

  it("unused capacity $/month = node $/month × (1 − the larger share used) = 0.153 × 730 × (1 − 6144/7021)", () => {
    // 0.153 $/h × 730 h = 111.69 $/month; memory is the tighter resource (87.51 %), so 12.49 % of the node is unused.
    expect(Number(plan?.utilisation?.unusedMonthlyUsd)).toBeCloseTo(111.69 * (1 - 6144 / 7021), 8);
  });

  it("runners-up come from the core's search, dearer than the chosen plan (extra ≥ 0), e.g. 2 × c6a.large at +$2.40", () => {
    // 2 × c6a.large (2 vCPU / 4 GiB, 0.0765 $/h): 2 × 0.0765 × 730 = 111.69 instance + a second 30 GiB gp3 root volume
    // (30 × 0.08 = 2.40 $/month) → +2.40 over one c6a.xlarge.
    expect(plan?.runnersUp?.[0]).toEqual({ instanceType: "c6a.large", nodeCount: 2, monthlyUsd: "116.49", extraMonthlyUsd: "2.4" });
    for (const runner of plan?.runnersUp ?? []) expect(Number(runner.extraMonthlyUsd)).toBeGreaterThanOrEqual(0);
  });

  it("a fixed instance type is reported as chosen, not searched: m6i.xlarge allocates 16384 − 1229 − 256 − 300 = 14599 MiB", () => {
    // 7.5 % of 16384 MiB = 1228.8 → 1229 MiB kept by the hypervisor/kernel; 256 MiB ECS agent; 300 MiB agents.
    const fixed = patternsOf({ ...SMALL_WEB_APP.state, instanceType: "m6i.xlarge" }).find((p) => p.id === "ecs-ec2");
    expect(fixed?.nodeGroups[0]).toMatchObject({
      instanceType: "m6i.xlarge",
      selection: "chosen",
      allocatablePerNode: { memoryMib: "14599", cpuMillicores: 3700 },
    });
  });

  it("Fargate patterns have no node plans, and every line is kept with its rate's provenance", () => {
    const fargate = patterns[0];
    if (!fargate) throw new Error("no pattern");
    expect(fargate.nodeGroups).toEqual([]);
    expect(fargate.lines.length).toBeGreaterThan(0);
    for (const line of fargate.lines)
      expect(line.rate).toMatchObject({ region: "us-east-1", sourceId: expect.any(String), asOf: expect.any(String) });
  });
});
