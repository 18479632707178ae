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
  level: fc.constantFrom("low", "typical", "high"),
  privileged: fc.boolean(),
  fixedNodes: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  eksAutoMode: fc.boolean(),
  consumptionTax: fc.boolean(),
  labourMarket: fc.constantFrom(undefined, "us", "jp"),
  endpoints: fc.integer({ min: 0, max: 2 }),
  ecrStorageGb: fc.constantFrom(0, 20),
  support: fc.constantFrom("none", "developer", "business"),
  containerInsights: fc.constantFrom("off", "enhanced"),
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
    purchase: { ec2: { option: o.ec2Option }, fargate: { ecs: { option: o.fargateOption }, eks: { option: o.fargateOption } } },
    ops: {
      level: o.level,
      eksAutoMode: o.eksAutoMode,
      workload: { privileged: o.privileged },
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
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 3 }),
        (services, options, scales) => {
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
      { numRuns: 60 },
    );
  }, 120_000);
});
