import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runModel } from "../decisions/run-model";
import { fargateSizes } from "../fargate/task-sizes";
import { sumDecimals } from "../money/decimal";
import { patternIdsWhere } from "../patterns/descriptors";
import { EC2_PURCHASE_OPTIONS } from "../purchase/purchase-schema";
import { PAYMENT_OPTIONS } from "../purchase/reference-rates";
import { embeddedPriceBook } from "../snapshot/embedded";
import { estimateScenario, type Comparison } from "./estimate-scenario";

/**
 * fast-check over random VALID scenarios across all options (sizing by task or by containers,
 * schedules, OS/architecture, extras, EKS, EC2 capacity settings, ops, purchase options): the model's
 * invariants hold for every one — totals are the sum of their lines, yearly = 12 × monthly, no amount
 * is NaN or negative, and more tasks / more vCPU / more memory never cost less.
 */
const book = embeddedPriceBook();
const sizes = fargateSizes("eks");
// Every pattern whose data plane is EC2 nodes (the classic two and the managed-node ones, issue 16), from the
// descriptor: FFD packing and the part-time On-Demand / always-on RI rule make them not monotone in general.
const EC2_PATTERNS: ReadonlySet<string> = new Set(patternIdsWhere((d) => d.dataPlane === "ec2"));

const sizingArb = fc.oneof(
  fc.constantFrom(...sizes).map((s) => ({ vcpu: s.cpuUnits / 1024, memoryGib: s.memoryMib / 1024 })),
  fc
    .array(
      fc.record({ cpuMillicores: fc.integer({ min: 0, max: 2000 }), memoryMib: fc.integer({ min: 0, max: 4096 }), init: fc.boolean() }),
      { minLength: 1, maxLength: 3 },
    )
    .map((cs) => ({
      containers: cs.map((c, i) => ({ name: `c${i}`, cpu: `${c.cpuMillicores}m`, memory: `${c.memoryMib}Mi`, init: c.init && i > 0 })),
    })),
);
const scheduleArb = fc.oneof(
  fc.constant({}),
  fc.integer({ min: 1, max: 730 }).map((h) => ({ hoursPerMonth: h })),
  fc.record({ runsPerDay: fc.integer({ min: 1, max: 48 }), durationSeconds: fc.integer({ min: 1, max: 7200 }) }),
);
const platformArb = fc.constantFrom(
  { architecture: "x86_64", os: "linux" },
  { architecture: "arm64", os: "linux" },
  { architecture: "x86_64", os: "windows" },
);
const serviceArb = fc.record({
  taskCount: fc.integer({ min: 0, max: 20 }),
  sizing: sizingArb,
  platform: platformArb,
  schedule: scheduleArb,
  ephemeralStorageGib: fc.integer({ min: 20, max: 200 }),
  publicIpv4PerTask: fc.integer({ min: 0, max: 2 }),
});
type ServiceCase = typeof serviceArb extends fc.Arbitrary<infer T> ? T : never;

const optionsArb = fc.record({
  extras: fc.record({
    loadBalancers: fc.record({ count: fc.integer({ min: 0, max: 3 }), averageLcuPerHour: fc.double({ min: 0, max: 5, noNaN: true }) }),
    natGateways: fc.record({ count: fc.integer({ min: 0, max: 3 }), monthlyDataProcessedGb: fc.integer({ min: 0, max: 10_000 }) }),
  }),
  eks: fc.record({ clusterCount: fc.integer({ min: 1, max: 3 }), supportTier: fc.constantFrom("standard", "extended") }),
  ec2: fc.record({
    minNodes: fc.integer({ min: 1, max: 3 }),
    availabilityZones: fc.integer({ min: 1, max: 3 }),
    headroomPercent: fc.integer({ min: 0, max: 30 }),
    rootVolumeGib: fc.integer({ min: 8, max: 100 }),
    publicIpv4PerNode: fc.integer({ min: 0, max: 1 }),
    eksMaxPodsMode: fc.constantFrom("eni", "prefix-delegation"),
  }),
  ops: fc.record({
    level: fc.constantFrom("low", "typical", "high"),
    rateLevel: fc.constantFrom("low", "typical", "high"),
    eksAutoMode: fc.boolean(),
    bottlerocket: fc.boolean(),
    engineersJoiningPerYear: fc.integer({ min: 0, max: 5 }),
  }),
  purchase: fc.record({
    ec2: fc.record({
      option: fc.constantFrom(...EC2_PURCHASE_OPTIONS),
      termYears: fc.constantFrom(1, 3),
      payment: fc.constantFrom(...PAYMENT_OPTIONS),
    }),
    fargate: fc.record({
      ecs: fc.record({ option: fc.constantFrom("on-demand", "spot", "compute-savings-plan") }),
      eks: fc.record({ option: fc.constantFrom("on-demand", "compute-savings-plan") }),
    }),
  }),
});
type OptionsCase = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

/** Fargate Spot runs Linux tasks only (an input error otherwise): with a Windows service the ECS option falls back to on-demand. */
function validPurchase(services: readonly ServiceCase[], purchase: OptionsCase["purchase"]): OptionsCase["purchase"] {
  const windows = services.some((s) => s.platform.os === "windows");
  return windows && purchase.fargate.ecs.option === "spot"
    ? { ...purchase, fargate: { ...purchase.fargate, ecs: { option: "on-demand" } } }
    : purchase;
}

const toScenario = (services: readonly ServiceCase[], options: OptionsCase) => ({
  region: "us-east-1",
  services: services.map((s, i) => ({
    name: `svc-${i}`,
    taskCount: s.taskCount,
    ...s.sizing,
    ...s.platform,
    schedule: s.schedule,
    ephemeralStorageGib: s.ephemeralStorageGib,
    publicIpv4PerTask: s.publicIpv4PerTask,
  })),
  ...options,
  purchase: validPurchase(services, options.purchase),
});

function checkTotals(comparison: Comparison): void {
  for (const p of comparison.patterns) {
    for (const line of p.lines) {
      expect(line.monthlyUsd.isFinite() && !line.monthlyUsd.isNegative()).toBe(true);
    }
    if (p.monthlyUsd === null) continue;
    expect(p.monthlyUsd.equals(sumDecimals(p.lines.map((l) => l.monthlyUsd)))).toBe(true);
    expect(p.yearlyUsd?.equals(p.monthlyUsd.times(12))).toBe(true);
  }
}

/** Every pattern priced in both runs costs at least as much in `after`. EC2 patterns only when one shape is packed (FFD is not monotone in general). */
function checkNotCheaper(before: Comparison, after: Comparison, ec2Too: boolean): void {
  before.patterns.forEach((p, i) => {
    const next = after.patterns[i];
    if (!next || p.status !== "priced" || next.status !== "priced" || !p.monthlyUsd || !next.monthlyUsd) return;
    if (EC2_PATTERNS.has(p.id) && !ec2Too) return;
    expect(next.monthlyUsd.greaterThanOrEqualTo(p.monthlyUsd), `${p.id}: ${p.monthlyUsd.toFixed()} → ${next.monthlyUsd.toFixed()}`).toBe(
      true,
    );
  });
}

describe("fuzzing random valid scenarios across all options", () => {
  const servicesArb = fc.array(serviceArb, { minLength: 1, maxLength: 4 });

  it("totals are the sum of their lines, yearly = 12 × monthly, no NaN or negative amount; TCO finite", () => {
    fc.assert(
      fc.property(servicesArb, optionsArb, (services, options) => {
        const run = runModel(toScenario(services, options), book, { upgradePaths: false });
        checkTotals(run.comparison);
        for (const t of run.tco) if (t.monthlyUsd) expect(t.monthlyUsd.typical.isFinite() && !t.monthlyUsd.typical.isNegative()).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  it("one more task of a service never costs less (Fargate always; EC2 with one task shape)", () => {
    fc.assert(
      fc.property(servicesArb, optionsArb, fc.nat(), fc.integer({ min: 1, max: 10 }), (services, options, pick, extra) => {
        const index = pick % services.length;
        const more = services.map((s, i) => (i === index ? { ...s, taskCount: s.taskCount + extra } : s));
        const before = estimateScenario(toScenario(services, options), book);
        const after = estimateScenario(toScenario(more, options), book);
        checkNotCheaper(before, after, services.length === 1);
      }),
      { numRuns: 40 },
    );
  }, 300_000);

  it("more vCPU or memory in one container never costs less (Fargate always; EC2 with one task shape)", () => {
    const containerService = serviceArb.filter((s) => "containers" in s.sizing);
    fc.assert(
      fc.property(
        fc.array(containerService, { minLength: 1, maxLength: 3 }),
        optionsArb,
        fc.nat(),
        fc.boolean(),
        (services, options, pick, cpu) => {
          const index = pick % services.length;
          const bigger = services.map((s, i) => {
            if (i !== index || !("containers" in s.sizing)) return s;
            const [first, ...rest] = s.sizing.containers;
            const grown = cpu
              ? { ...first, cpu: `${Number.parseInt(first?.cpu ?? "0", 10) + 250}m` }
              : { ...first, memory: `${Number.parseInt(first?.memory ?? "0", 10) + 512}Mi` };
            return { ...s, sizing: { containers: [grown as typeof first & object, ...rest] } };
          });
          checkNotCheaper(
            estimateScenario(toScenario(services, options), book),
            estimateScenario(toScenario(bigger, options), book),
            services.length === 1,
          );
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});
