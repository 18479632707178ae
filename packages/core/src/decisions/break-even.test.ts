import { describe, expect, it } from "vitest";
import type { PatternId } from "../patterns/pattern";
import { parseScenario } from "../scenario/parse-scenario";
import type { ScenarioInput } from "../scenario/scenario-schema";
import { gridIndices, solveBreakEven, solvePair } from "./break-even";
import { ScaleEvaluator } from "./evaluate-at-scale";
import { multiplierKey, multiplierText, scaleBreakpoints, scaledTaskCount, type Multiplier } from "./scale-workload";
import { book, NO_OPS_HOURS, oneService } from "./test-scenarios";

describe("scale breakpoints", () => {
  it.each([
    { label: "counts 2 and 3 up to ×1: every j/t", counts: [2, 3], max: 1, expected: ["1/3", "1/2", "2/3", "1/1"] },
    { label: "a zero-count service adds none", counts: [0, 1], max: 2, expected: ["1/1", "2/1"] },
  ])("$label", ({ counts, max, expected }) => {
    expect(scaleBreakpoints(counts, max).map(multiplierKey)).toEqual(expected);
  });

  it.each([
    { t: 3, m: { num: 1, den: 2 }, expected: 2 }, // ceil(1.5)
    { t: 4, m: { num: 5, den: 4 }, expected: 5 },
    { t: 7, m: { num: 1, den: 10 }, expected: 1 }, // never below one task while m > 0
  ])("ceil($t × $m.num/$m.den) = $expected", ({ t, m, expected }) => {
    expect(scaledTaskCount(t, m)).toBe(expected);
  });
});

describe("worked break-even: ECS on Fargate vs ECS on EC2, infrastructure only", () => {
  // One 1 vCPU / 2 GB task, us-east-1, no extras, every ops activity set to 0 h:
  //   Fargate per task: 730 h × (1 × $0.04048 + 2 × $0.004445) = $36.0401 (S8)
  //   EC2: m6i.xlarge holds 4 such tasks (4 vCPU); per node 730 × $0.192 + 30 GB × $0.08 = $142.56
  //   n tasks: Fargate 36.0401 n vs EC2 142.56 ⌈n ÷ 4⌉. EC2 is cheaper exactly when n is a multiple of 4
  //   (144.1604 > 142.56), Fargate otherwise for n ≤ 12 (e.g. n = 5: 180.20 < 285.12).
  // Base taskCount 4, multipliers j/4 → n = j; crossings at n = 4, 5, 8, 9, 12.
  const scenario = parseScenario(oneService(4, { ops: { ...NO_OPS_HOURS, maxScaleMultiplier: 3 } }));
  const points = scaleBreakpoints([4], 3);
  const result = solveBreakEven(new ScaleEvaluator(scenario, book), points, ["ecs-fargate", "ecs-ec2"], [], {});
  const crossings = result.pairs[0]!.crossings;

  it("scans all 12 workloads exactly", () => {
    expect([result.method, result.breakpoints]).toEqual(["exact-scan", 12]);
  });

  it.each([
    { n: 4, after: "ecs-ec2" },
    { n: 5, after: "ecs-fargate" },
    { n: 8, after: "ecs-ec2" },
    { n: 9, after: "ecs-fargate" },
    { n: 12, after: "ecs-ec2" },
  ])("order swaps at $n tasks → $after cheaper", ({ n, after }) => {
    const c = crossings.find((x) => x.totalTasks === n);
    expect(c?.cheaperAfter).toBe(after);
    expect(multiplierText(c!.multiplier)).toBe(String(n / 4));
  });

  it("finds no other swaps", () => {
    expect(crossings.map((c) => c.totalTasks)).toEqual([4, 5, 8, 9, 12]);
  });

  it("prices each point with the real estimators (n = 4: $144.1604 vs $142.56)", () => {
    const at4 = crossings[0]!;
    expect(at4.tcoUsd["ecs-fargate"]!.toFixed()).toBe("144.1604");
    expect(at4.tcoUsd["ecs-ec2"]!.toFixed()).toBe("142.56");
  });
});

/** Every index i ≥ 1 where the sign of TCO(a) − TCO(b) differs from index i − 1 (the brute-force answer). */
function bruteForce(evaluator: ScaleEvaluator, points: readonly Multiplier[], a: PatternId, b: PatternId): number[] {
  const signs = points.map((p) => {
    const at = evaluator.at(p).patterns;
    return at[a] && at[b] ? at[a].tcoUsd.minus(at[b].tcoUsd).comparedTo(0) : null;
  });
  return signs.flatMap((s, i) => (i > 0 && s !== null && signs[i - 1] !== null && s !== signs[i - 1] ? [i] : []));
}

describe("bisection solver vs brute-force scan", () => {
  const scenarios: { label: string; input: ScenarioInput }[] = [
    {
      label: "three services at $20/h with default ops hours",
      input: {
        name: "mix",
        region: "us-east-1",
        services: [
          { name: "web", taskCount: 6, vcpu: 0.5, memoryGib: 1 },
          { name: "api", taskCount: 4, vcpu: 1, memoryGib: 2 },
          { name: "worker", taskCount: 3, vcpu: 2, memoryGib: 4 },
        ],
        ops: { maxScaleMultiplier: 8, engineerHourlyUsd: 20 },
      },
    },
    { label: "infra only, one service", input: oneService(5, { ops: { ...NO_OPS_HOURS, maxScaleMultiplier: 20 } }) },
    {
      label: "ARM service with a load balancer",
      input: {
        name: "arm",
        region: "us-east-1",
        services: [{ name: "a", taskCount: 7, vcpu: 1, memoryGib: 4, architecture: "arm64" }],
        extras: { loadBalancers: { count: 1 } },
        ops: { maxScaleMultiplier: 10, engineerHourlyUsd: 5 },
      },
    },
  ];

  it.each(scenarios)("$label: every bracket with an odd number of true swaps yields exactly one of them", ({ input }) => {
    const scenario = parseScenario(input);
    const points = scaleBreakpoints(
      scenario.services.map((s) => s.taskCount),
      scenario.ops.maxScaleMultiplier,
    );
    const evaluator = new ScaleEvaluator(scenario, book);
    const grid = gridIndices(points.length, 9);
    const ids: PatternId[] = ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"];
    let checked = 0;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const truth = bruteForce(evaluator, points, ids[i]!, ids[j]!);
        const found = solvePair(evaluator, points, ids[i]!, ids[j]!, grid).map((c) =>
          points.findIndex((p) => multiplierKey(p) === multiplierKey(c.multiplier)),
        );
        for (const index of found) expect(truth).toContain(index); // never a false crossing
        for (let k = 1; k < grid.length; k++) {
          const inside = truth.filter((t) => t > grid[k - 1]! && t <= grid[k]!);
          const got = found.filter((t) => t > grid[k - 1]! && t <= grid[k]!);
          expect(got.length).toBe(inside.length % 2); // odd → exactly one found; even → invisible to bisection
        }
        checked += truth.length;
      }
    }
    expect(checked).toBeGreaterThan(0); // the scenario really has swaps to find
  });

  it("exact scan equals brute force", () => {
    const scenario = parseScenario(scenarios[0]!.input);
    const points = scaleBreakpoints(
      scenario.services.map((s) => s.taskCount),
      scenario.ops.maxScaleMultiplier,
    );
    const evaluator = new ScaleEvaluator(scenario, book);
    const found = solvePair(evaluator, points, "ecs-fargate", "ecs-ec2").map((c) =>
      points.findIndex((p) => multiplierKey(p) === multiplierKey(c.multiplier)),
    );
    expect(found).toEqual(bruteForce(evaluator, points, "ecs-fargate", "ecs-ec2"));
  });

  it("the memo prices each distinct workload once", () => {
    const scenario = parseScenario(scenarios[1]!.input);
    const evaluator = new ScaleEvaluator(scenario, book);
    const points = scaleBreakpoints([5], 20);
    solveBreakEven(evaluator, points, ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"], [], { exactScanLimit: 0, gridPoints: 12 });
    expect(evaluator.evaluations).toBeLessThan(points.length);
  });
});
