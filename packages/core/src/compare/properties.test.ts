import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumDecimals } from "../money/decimal";
import { fargateSizes } from "../fargate/task-sizes";
import { usEast1 } from "./test-helpers";

const sizes = fargateSizes("eks"); // valid for ECS and EKS alike
const serviceArb = fc.record({
  size: fc.constantFrom(...sizes),
  taskCount: fc.integer({ min: 0, max: 40 }),
  architecture: fc.constantFrom("x86_64" as const, "arm64" as const),
  hoursPerMonth: fc.integer({ min: 1, max: 730 }),
});
type ServiceCase = typeof serviceArb extends fc.Arbitrary<infer T> ? T : never;
const toService = (s: ServiceCase, index: number) => ({
  name: `svc-${index}`,
  taskCount: s.taskCount,
  vcpu: s.size.cpuUnits / 1024,
  memoryGib: s.size.memoryMib / 1024,
  architecture: s.architecture,
  schedule: { hoursPerMonth: s.hoursPerMonth },
});

describe("properties", () => {
  it("every pattern's total is exactly the sum of its lines, and yearly = 12 × monthly", () => {
    fc.assert(
      fc.property(fc.array(serviceArb, { minLength: 1, maxLength: 5 }), (services) => {
        const c = usEast1(services.map(toService), { extras: { loadBalancers: { count: 1, averageLcuPerHour: 0.7 } } });
        for (const p of c.patterns) {
          if (p.monthlyUsd === null) continue;
          expect(p.monthlyUsd.equals(sumDecimals(p.lines.map((l) => l.monthlyUsd)))).toBe(true);
          expect(p.yearlyUsd?.equals(p.monthlyUsd.times(12))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("adding tasks to a service never lowers any pattern's monthly cost", () => {
    fc.assert(
      fc.property(
        fc.array(serviceArb, { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 3 }),
        fc.integer({ min: 1, max: 30 }),
        (services, pick, extra) => {
          const index = pick % services.length;
          const more = services.map((s, i) => (i === index ? { ...s, taskCount: s.taskCount + extra } : s));
          const before = usEast1(services.map(toService));
          const after = usEast1(more.map(toService));
          before.patterns.forEach((p, i) => {
            const next = after.patterns[i]?.monthlyUsd;
            if (p.monthlyUsd && next) expect(next.greaterThanOrEqualTo(p.monthlyUsd)).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("no amount is ever NaN or negative", () => {
    fc.assert(
      fc.property(fc.array(serviceArb, { minLength: 1, maxLength: 5 }), (services) => {
        for (const line of usEast1(services.map(toService)).patterns.flatMap((p) => p.lines)) {
          expect(line.monthlyUsd.isNaN()).toBe(false);
          expect(line.monthlyUsd.isNegative()).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });
});
