import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { analyzeScenario } from "./analyze-scenario";
import { solveBreakEven } from "./break-even";
import { solveBreakEvenAtScale } from "./break-even-steps";
import type { ScaleEvaluator, ScalePoint } from "./evaluate-at-scale";
import { countSteps, midpoint, nextStep, scaleSteps, stepAtOrBelow } from "./scale-steps";
import { multiplierKey, scaleBreakpoints, scaledTaskCount, type Multiplier } from "./scale-workload";
import { book } from "./test-scenarios";

const keys = (ms: readonly Multiplier[]): string[] => ms.map(multiplierKey);

describe("ScaleSteps describe the listed breakpoints exactly, without listing them", () => {
  it("counts 2 and 3 up to ×1: 4 steps (φ(1) + φ(2) + φ(3) = 1 + 1 + 2), from 1/3 to 1/1", () => {
    const steps = scaleSteps([2, 3, 3, 0], 1);
    expect([steps.size, multiplierKey(steps.first), multiplierKey(steps.last)]).toEqual([4, "1/3", "1/1"]);
  });

  it("Σ φ(d) over the divisors of n is n (Gauss), so one count t gives max × t steps: 150,000 × 100 = 15,000,000", () => {
    expect(countSteps([150_000], 100)).toBe(15_000_000);
  });

  it("property: size, first, last, next and snap agree with the enumerated list", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (counts, max) => {
          const listed = scaleBreakpoints(counts, max);
          const steps = scaleSteps(counts, max);
          expect(steps.size).toBe(listed.length);
          if (listed.length === 0) return;
          expect(multiplierKey(steps.first)).toBe(multiplierKey(listed[0]!));
          expect(multiplierKey(steps.last)).toBe(multiplierKey(listed[listed.length - 1]!));
          const walked: Multiplier[] = [];
          for (let m = nextStep(steps, { num: 0, den: 1 }); m; m = nextStep(steps, m)) walked.push(m);
          expect(keys(walked)).toEqual(keys(listed));
          for (let i = 0; i + 1 < listed.length; i += 1) {
            expect(multiplierKey(stepAtOrBelow(steps, listed[i]!)!)).toBe(multiplierKey(listed[i]!));
            expect(multiplierKey(stepAtOrBelow(steps, midpoint(listed[i]!, listed[i + 1]!))!)).toBe(multiplierKey(listed[i]!));
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

/**
 * A stand-in for the model with hand-checkable TCOs of the total task count n:
 * a = $1000 + $3 n, b = $10 n → a − b > 0 while n ≤ 142, < 0 from n = 143 (1429 < 1430).
 */
function fakeEvaluator(counts: readonly number[], tco: (n: number) => { a: number; b: number }): ScaleEvaluator & { runs: number } {
  const fake = {
    runs: 0,
    at(m: Multiplier): ScalePoint {
      fake.runs += 1;
      const totalTasks = counts.reduce((sum, t) => sum + scaledTaskCount(t, m), 0);
      const { a, b } = tco(totalTasks);
      const line = (usd: number) => ({ infraUsd: new Decimal(usd), opsUsd: new Decimal(0), tcoUsd: new Decimal(usd) });
      return {
        multiplier: m,
        totalTasks,
        patterns: {
          "ecs-fargate": line(a),
          "ecs-ec2": line(b),
          "eks-fargate": null,
          "eks-ec2": null,
          "ecs-managed-instances": null,
          "eks-auto-mode": null,
        },
      };
    },
  };
  return fake as unknown as ScaleEvaluator & { runs: number };
}

const crossingKeys = (result: ReturnType<typeof solveBreakEven>) =>
  result.pairs[0]!.crossings.map((c) => `${multiplierKey(c.previous)}→${multiplierKey(c.multiplier)}@${c.totalTasks}:${c.cheaperAfter}`);

describe("break-even on ScaleSteps (value bisection)", () => {
  const counts = [3000, 4999];
  const linear = (n: number) => ({ a: 1000 + 3 * n, b: 10 * n });

  it("finds the one crossing the exact scan of all 79,990 listed breakpoints finds (n = 143, ECS on EC2's stand-in dearer)", () => {
    const exact = solveBreakEven(fakeEvaluator(counts, linear), scaleBreakpoints(counts, 10), ["ecs-fargate", "ecs-ec2"], [], {
      exactScanLimit: Number.POSITIVE_INFINITY,
    });
    const fake = fakeEvaluator(counts, linear);
    const onSteps = solveBreakEvenAtScale(fake, counts, 10, ["ecs-fargate", "ecs-ec2"], [], {});
    expect(onSteps.method).toBe("bisection");
    expect(onSteps.breakpoints).toBe(exact.breakpoints);
    expect(crossingKeys(onSteps)).toEqual(crossingKeys(exact));
    expect(crossingKeys(onSteps)[0]).toMatch(/@143:ecs-fargate$/);
    expect(fake.runs).toBeLessThan(200);
  });

  it("every crossing it reports is a true change between adjacent breakpoints (a step-shaped b)", () => {
    const steps = scaleSteps(counts, 10);
    const stepped = (n: number) => ({ a: 7.2 * n, b: 50 * Math.ceil(n / 7) });
    const fake = fakeEvaluator(counts, stepped);
    const result = solveBreakEvenAtScale(fake, counts, 10, ["ecs-fargate", "ecs-ec2"], [], {});
    const crossings = result.pairs[0]!.crossings;
    expect(crossings.length).toBeGreaterThan(0);
    for (const c of crossings) {
      expect(multiplierKey(nextStep(steps, c.previous)!)).toBe(multiplierKey(c.multiplier));
      const before = stepped(fake.at(c.previous).totalTasks);
      const after = stepped(c.totalTasks);
      expect(Math.sign(before.a - before.b)).not.toBe(Math.sign(after.a - after.b));
    }
  });

  it("a 149,985-task scenario at ×100 (999,800 distinct workloads) is solved in a few dozen model runs", () => {
    // 15 services of 5,000 and 15 of 4,999: gcd 1, so 100 × (5,000 + 4,999 − 1) distinct steps (Gauss, shared divisor 1).
    const services = Array.from({ length: 30 }, (_, i) => ({ name: `s${i}`, taskCount: i < 15 ? 5000 : 4999, vcpu: 0.25, memoryGib: 0.5 }));
    const analysis = analyzeScenario({ region: "us-east-1", services, ops: { maxScaleMultiplier: 100 } }, book);
    expect([analysis.breakEven.method, analysis.breakEven.breakpoints]).toEqual(["bisection", 999_800]);
    expect(analysis.evaluations).toBeLessThan(400);
  }, 120_000);
});
