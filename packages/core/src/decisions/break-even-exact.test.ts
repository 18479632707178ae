import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Decimal } from "../money/decimal";
import type { PatternId } from "../patterns/pattern";
import { parseScenario } from "../scenario/parse-scenario";
import type { ScenarioInput } from "../scenario/scenario-schema";
import { analyzeScenario } from "./analyze-scenario";
import { runModel } from "./run-model";
import { multiplierKey, scaleBreakpoints, scaleScenario } from "./scale-workload";
import { book, NO_OPS_HOURS } from "./test-scenarios";

/**
 * Issue 19 item 2: up to EXACT_SCAN_LIMIT breakpoints the break-even reports EVERY order swap of every
 * pair. The brute force here is independent of the solver and its lean evaluator: the FULL model
 * (`runModel`, lines and all) on the scaled scenario at every breakpoint, then every adjacent sign change
 * of TCO(a) − TCO(b). fast-check over small random scenarios (≤ 3 services, ≤ 6 tasks, ×2–×5, half of them infrastructure only).
 */
const serviceArb = fc.record({
  taskCount: fc.integer({ min: 1, max: 6 }),
  size: fc.constantFrom([0.25, 0.5], [0.5, 1], [1, 2], [2, 8], [4, 16]),
  architecture: fc.constantFrom("x86_64" as const, "arm64" as const),
  batch: fc.boolean(),
});
const scenarioArb = fc.record({
  services: fc.array(serviceArb, { minLength: 1, maxLength: 3 }),
  max: fc.integer({ min: 2, max: 5 }),
  engineerHourlyUsd: fc.constantFrom(1, 5, 20, 90),
  /** Infrastructure only (every ops activity 0 h) half the time: ops hours hide most swaps of small workloads. */
  infraOnly: fc.boolean(),
  loadBalancers: fc.integer({ min: 0, max: 1 }),
});

type RandomScenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function toInput(s: RandomScenario): ScenarioInput {
  return {
    name: "random",
    region: "us-east-1",
    services: s.services.map((x, i) => ({
      name: `s${i}`,
      taskCount: x.taskCount,
      vcpu: x.size[0] as number,
      memoryGib: x.size[1] as number,
      architecture: x.architecture,
      ...(x.batch ? { schedule: { runsPerDay: 4, durationSeconds: 900 } } : {}),
    })),
    extras: s.loadBalancers > 0 ? { loadBalancers: { count: s.loadBalancers } } : {},
    ops: { maxScaleMultiplier: s.max, engineerHourlyUsd: s.engineerHourlyUsd, ...(s.infraOnly ? NO_OPS_HOURS : {}) },
  };
}

type Swap = { at: string; before: PatternId | "tie"; after: PatternId | "tie" };

type FullRun = { key: string; tco: (id: PatternId) => Decimal | undefined };

/** The full model at every breakpoint, once per scenario (shared by the pairs). */
function fullRuns(input: ScenarioInput): FullRun[] {
  const scenario = parseScenario(input);
  const points = scaleBreakpoints(
    scenario.services.map((s) => s.taskCount),
    scenario.ops.maxScaleMultiplier,
  );
  return points.map((m) => {
    const run = runModel(scaleScenario(scenario, m), book, { upgradePaths: false });
    const level = run.scenario.ops.level;
    return {
      key: multiplierKey(m),
      tco: (id) => {
        const t = run.tco.find((x) => x.patternId === id);
        return t?.status === "priced" ? t.monthlyUsd?.[level] : undefined;
      },
    };
  });
}

function bruteForceSwaps(runs: readonly FullRun[], a: PatternId, b: PatternId): Swap[] {
  const signs = runs.map((run) => {
    const x = run.tco(a);
    const y = run.tco(b);
    return x && y ? x.minus(y).comparedTo(0) : null;
  });
  const label = (s: number): PatternId | "tie" => (s === 0 ? "tie" : s < 0 ? a : b);
  const swaps: Swap[] = [];
  for (let k = 1; k < runs.length; k++) {
    const before = signs[k - 1];
    const after = signs[k];
    if (before === null || before === undefined || after === null || after === undefined || before === after) continue;
    swaps.push({ at: runs[k]?.key ?? "", before: label(before), after: label(after) });
  }
  return swaps;
}

describe("break-even: every crossing, exactly (property, against the full model at every breakpoint)", () => {
  it("each pair's crossings equal the brute-force scan's sign changes", () => {
    let swapsSeen = 0;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const input = toInput(s);
        const analysis = analyzeScenario(input, book);
        expect(analysis.breakEven.method).toBe("exact-scan");
        const runs = fullRuns(input);
        for (const pair of analysis.breakEven.pairs) {
          const found = pair.crossings.map((c) => ({ at: multiplierKey(c.multiplier), before: c.cheaperBefore, after: c.cheaperAfter }));
          const truth = bruteForceSwaps(runs, pair.a, pair.b);
          expect(found).toEqual(truth);
          swapsSeen += truth.length;
        }
      }),
      { numRuns: 8 },
    );
    expect(swapsSeen).toBeGreaterThan(0); // the random scenarios really have swaps to find
  }, 120_000);

  it("the web-app-like mix of 60 workloads (above the old 48-point limit) is scanned exactly", () => {
    // Counts 4, 3, 2, 1 at ×10 → breakpoints j/4, j/3, j/2, j: 40 + 30 − 10 (j/2 = 2j/4) = 60 distinct (hand count).
    const input: ScenarioInput = {
      name: "mix",
      region: "us-east-1",
      services: [
        { name: "a", taskCount: 4, vcpu: 0.5, memoryGib: 1 },
        { name: "b", taskCount: 3, vcpu: 1, memoryGib: 2 },
        { name: "c", taskCount: 2, vcpu: 0.25, memoryGib: 0.5 },
        { name: "d", taskCount: 1, vcpu: 2, memoryGib: 4 },
      ],
    };
    const analysis = analyzeScenario(input, book);
    expect([analysis.breakEven.method, analysis.breakEven.breakpoints]).toEqual(["exact-scan", 60]);
  });
});
