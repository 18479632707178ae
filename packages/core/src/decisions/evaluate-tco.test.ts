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
 * random scenarios (sizes, schedules, OS/architecture, extras, purchase options, constraints that rule
 * patterns out, consumption tax, labour markets) and random multipliers: each pattern's infra, ops and TCO equal `runModel` on the same
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
    })),
    extras: { natGateways: { count: o.natGateways }, loadBalancers: { count: o.loadBalancers } },
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
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (services, options, num, den) => {
          const scenario = toScenario(services, options);
          const m = multiplier(num, den);
          const lean = new ScaleEvaluator(scenario, book).at(m).patterns;
          const full = runModel(scaleScenario(scenario, m), book, { upgradePaths: false });
          const level = scenario.ops.level;
          for (const t of full.tco) {
            const got = lean[t.patternId];
            if (t.status !== "priced" || !t.monthlyUsd || !t.infraMonthlyUsd || !t.ops) {
              expect(got, `${t.patternId} is ${t.status} in the full model`).toBeNull();
              continue;
            }
            expect(got?.infraUsd.toFixed(), `${t.patternId} infra`).toBe(t.infraMonthlyUsd.toFixed());
            expect(got?.opsUsd.toFixed(), `${t.patternId} ops`).toBe(t.ops.monthlyUsd[level].toFixed());
            expect(got?.tcoUsd.toFixed(), `${t.patternId} TCO`).toBe(t.monthlyUsd[level].toFixed());
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
