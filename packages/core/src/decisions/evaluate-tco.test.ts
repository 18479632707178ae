import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../scenario/parse-scenario";
import { ScaleEvaluator } from "./evaluate-at-scale";
import { runModel } from "./run-model";
import { multiplier, scaleScenario } from "./scale-workload";
import { book } from "./test-scenarios";

/**
 * The break-even solver's lean evaluator (tcoAtScale, via ScaleEvaluator) leaves out everything but
 * the totals; it must price every scaled workload exactly as the full model does. fast-check over
 * random scenarios (sizes, schedules, OS/architecture, extras, data transfer, logs, endpoints, ECR, support plans,
 * Container Insights, purchase options, constraints that rule patterns out, consumption tax, labour markets) and
 * Fargate Spot, extra ephemeral storage, GPU services, persistent volumes) and
 * several random multipliers on one evaluator (its totals-only runs: no line names, shared lines from its memo): each pattern's infra, ops and TCO equal `runModel` on the same
 * scaled scenario, to the last digit, and a pattern is null exactly when the full model does not price it.
 */
const serviceArb = fc.record({
  taskCount: fc.integer({ min: 0, max: 12 }),
  size: fc.constantFrom([0.25, 0.5], [0.5, 1], [1, 2], [2, 8], [4, 16], [16, 120]),
  platform: fc.constantFrom(
    { architecture: "x86_64", os: "linux" },
    { architecture: "arm64", os: "linux" },
    { architecture: "x86_64", os: "windows" },
  ),
  schedule: fc.oneof(fc.constant({}), fc.constant({ hoursPerMonth: 200 }), fc.constant({ runsPerDay: 4, durationSeconds: 600 })),
  publicIpv4PerTask: fc.integer({ min: 0, max: 1 }),
  ephemeralStorageGib: fc.constantFrom(20, 30),
  // usage-driven shared lines (none reads a task count: the evaluator keeps them between runs)
  egressGb: fc.constantFrom(0, 40, 250),
  logGb: fc.constantFrom(0, 3, 30),
});
const optionsArb = fc.record({
  natGateways: fc.integer({ min: 0, max: 2 }),
  loadBalancers: fc.integer({ min: 0, max: 2 }),
  minNodes: fc.integer({ min: 1, max: 3 }),
  availabilityZones: fc.integer({ min: 1, max: 3 }),
  ec2Option: fc.constantFrom("on-demand", "spot", "reserved", "ec2-instance-savings-plan", "compute-savings-plan"),
  fargateOption: fc.constantFrom("on-demand", "compute-savings-plan"),
  // ECS Fargate Spot (Linux tasks only: a Windows service with it is an input error, left out below)
  ecsSpot: fc.boolean(),
  gpu: fc.boolean(),
  // mostly none: a volume, a support plan or Container Insights keeps the Fargate patterns on the full run
  persistentVolume: fc.constantFrom(undefined, undefined, undefined, undefined, "gp3", "efs"),
  level: fc.constantFrom("low", "typical", "high"),
  privileged: fc.boolean(),
  fixedNodes: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  eksAutoMode: fc.boolean(),
  consumptionTax: fc.boolean(),
  labourMarket: fc.constantFrom(undefined, "us", "jp"),
  endpoints: fc.integer({ min: 0, max: 2 }),
  ecrStorageGb: fc.constantFrom(0, 20),
  support: fc.constantFrom("none", "none", "none", "developer", "business"),
  containerInsights: fc.constantFrom("off", "off", "off", "enhanced"),
});
type ServiceCase = typeof serviceArb extends fc.Arbitrary<infer T> ? T : never;
type OptionsCase = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

const toScenario = (services: readonly ServiceCase[], o: OptionsCase) =>
  parseScenario({
    region: "us-east-1",
    services: services.map((s, i) => ({
      name: `svc-${i}`,
      taskCount: s.taskCount,
      vcpu: s.size[0],
      memoryGib: s.size[1],
      ...s.platform,
      schedule: s.schedule,
      publicIpv4PerTask: s.publicIpv4PerTask,
      ephemeralStorageGib: s.ephemeralStorageGib,
      ...(o.persistentVolume && i === 0 ? { persistentVolumes: [{ name: "data", kind: o.persistentVolume, sizeGib: 10 }] } : {}),
      monthlyInternetEgressGb: s.egressGb,
      monthlyServiceTrafficGb: s.egressGb,
      monthlyInterRegionEgressGb: s.egressGb / 10,
      logIngestionGbPerMonth: s.logGb,
      logStoredGb: s.logGb,
    })),
    extras: { natGateways: { count: o.natGateways }, loadBalancers: { count: o.loadBalancers } },
    network: { availabilityZones: 2, interfaceEndpoints: { count: o.endpoints, monthlyDataProcessedGb: 10 * o.endpoints } },
    storage: { ecrStorageGb: o.ecrStorageGb },
    support: { plan: o.support },
    observability: { containerInsights: o.containerInsights },
    ec2: { minNodes: o.minNodes, availabilityZones: o.availabilityZones, ...(o.fixedNodes ? { nodeCount: o.fixedNodes } : {}) },
    purchase: {
      ec2: { option: o.ec2Option },
      fargate: { ecs: { option: o.ecsSpot ? "spot" : o.fargateOption }, eks: { option: o.fargateOption } },
    },
    ops: {
      level: o.level,
      eksAutoMode: o.eksAutoMode,
      workload: { privileged: o.privileged, ...(o.gpu ? { gpuServices: ["svc-0"] } : {}) },
      ...(o.labourMarket ? { labourMarket: o.labourMarket } : {}),
    },
    reporting: { consumptionTax: o.consumptionTax },
  });

describe("lean TCO evaluation = the full model's totals", () => {
  it("every pattern at every random scale: infra, ops and TCO equal runModel's, null exactly when not priced", () => {
    fc.assert(
      fc.property(
        fc.array(serviceArb, { minLength: 1, maxLength: 4 }),
        optionsArb,
        // several scales on ONE evaluator: the later runs take the shared lines from its memo
        // (the first run of a Fargate pattern is learnt from; the later ones are priced from its plan, fargate-totals.ts)
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 6 }),
        (services, options, scales) => {
          fc.pre(!(options.ecsSpot && services.some((s) => s.platform.os === "windows")));
          const scenario = toScenario(services, options);
          const evaluator = new ScaleEvaluator(scenario, book);
          const level = scenario.ops.level;
          for (const [num, den] of scales) {
            const m = multiplier(num, den);
            const lean = evaluator.at(m).patterns;
            const full = runModel(scaleScenario(scenario, m), book, { upgradePaths: false });
            for (const t of full.tco) {
              const got = lean[t.patternId];
              if (t.status !== "priced" || !t.monthlyUsd || !t.infraMonthlyUsd || !t.ops) {
                expect(got, `${t.patternId} is ${t.status} in the full model`).toBeNull();
                continue;
              }
              expect(got?.infraUsd.toFixed(), `${t.patternId} infra at ${num}/${den}`).toBe(t.infraMonthlyUsd.toFixed());
              expect(got?.opsUsd.toFixed(), `${t.patternId} ops at ${num}/${den}`).toBe(t.ops.monthlyUsd[level].toFixed());
              expect(got?.tcoUsd.toFixed(), `${t.patternId} TCO at ${num}/${den}`).toBe(t.monthlyUsd[level].toFixed());
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe("Fargate totals from a learnt plan (fargate-totals.ts)", () => {
  const scenario = parseScenario({
    region: "us-east-1",
    services: [
      { name: "web", taskCount: 3, vcpu: 0.5, memoryGib: 1, publicIpv4PerTask: 1, ephemeralStorageGib: 30 },
      { name: "job", taskCount: 1, vcpu: 1, memoryGib: 2, schedule: { runsPerDay: 4, durationSeconds: 600 } },
    ],
    extras: { loadBalancers: { count: 1 } },
    reporting: { consumptionTax: true },
  });

  it("after the first scaled run both Fargate patterns are priced from their plan, equal to the full model at other scales", () => {
    // Nothing here reads a bill total or rewrites lines (no support plan, commitment, Container Insights or volumes),
    // so the learnt plan is kept; the totals at ×7/3 and ×5 must still be runModel's to the last digit.
    const evaluator = new ScaleEvaluator(scenario, book);
    evaluator.at(multiplier(1, 1));
    const fargate = (evaluator as unknown as { context: { fargate: { ready(): Set<string> } } }).context.fargate;
    expect([...fargate.ready()]).toEqual(["ecs-fargate", "eks-fargate"]);
    for (const m of [multiplier(7, 3), multiplier(5, 1)]) {
      const lean = evaluator.at(m).patterns;
      const full = runModel(scaleScenario(scenario, m), book, { upgradePaths: false });
      for (const id of ["ecs-fargate", "eks-fargate"] as const) {
        const t = full.tco.find((p) => p.patternId === id);
        expect(lean[id]?.tcoUsd.toFixed(), `${id} at ${m.num}/${m.den}`).toBe(t?.monthlyUsd?.typical.toFixed());
      }
    }
  });

  it("a Savings Plan commitment keeps the full run (it rewrites the covered lines and bills unused commitment)", () => {
    const committed = parseScenario({ ...scenario, purchase: { fargate: { ecs: { option: "compute-savings-plan" } } } });
    const evaluator = new ScaleEvaluator(committed, book);
    evaluator.at(multiplier(1, 1));
    const fargate = (evaluator as unknown as { context: { fargate: { ready(): Set<string> } } }).context.fargate;
    expect([...fargate.ready()]).toEqual(["eks-fargate"]);
  });
});
