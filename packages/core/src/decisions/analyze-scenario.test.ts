import { describe, expect, it } from "vitest";
import { analyzeScenario } from "./analyze-scenario";
import { toAnalysisJson } from "./analysis-json";
import { book, NO_OPS_HOURS, oneService } from "./test-scenarios";

describe("analyzeScenario: recommendation", () => {
  it("small always-on workload: ECS on Fargate wins on TCO, with its figures as reasons", () => {
    const a = analyzeScenario(oneService(4), book);
    expect(a.recommendation.pattern).toBe("ecs-fargate");
    expect(a.recommendation.reasons[0]).toMatch(
      /^ECS on Fargate has the lowest typical TCO: \$[\d,.]+\/month = \$[\d,.]+ AWS \+ \$[\d,.]+ ops/,
    );
    expect(a.recommendation.runnerUp).not.toBeNull();
  });

  it("infra only at 4 tasks: ECS on EC2 is cheapest, and the break-even says 5 tasks swap it back", () => {
    // see break-even.test.ts: at n = 4, EC2 $142.56 < Fargate $144.1604; at n = 5 Fargate is cheaper again
    const a = analyzeScenario(oneService(4, { ops: { ...NO_OPS_HOURS, maxScaleMultiplier: 2 } }), book);
    expect(a.recommendation.pattern).toBe("ecs-ec2");
    expect(a.recommendation.wouldChange.join("\n")).toContain(
      "at ×1.25 the workload (5 tasks) ECS on Fargate becomes cheaper than ECS on EC2",
    );
  });

  it("a GPU workload: Fargate patterns are ruled out with reasons, and the recommendation says so", () => {
    const a = analyzeScenario(oneService(4, { ec2: { instanceType: "g5.xlarge" }, ops: { workload: { gpuServices: ["app"] } } }), book);
    // the four EC2-backed patterns stay; ECS Managed Instances has the lowest typical TCO (its fee is less than
    // the host-patching and capacity hours AWS takes over from ECS on EC2: 6 h vs 11.5 h first-cluster typical)
    expect(a.recommendation.pattern).toBe("ecs-managed-instances");
    expect(a.recommendation.reasons.filter((r) => r.includes("ruled out"))).toHaveLength(2);
    expect(a.breakEven.skipped.map((s) => s.pattern)).toEqual(["ecs-fargate", "eks-fargate"]);
    expect(a.breakEven.pairs.map((p) => [p.a, p.b])).toEqual([
      ["ecs-ec2", "eks-ec2"],
      ["ecs-ec2", "ecs-managed-instances"],
      ["ecs-ec2", "eks-auto-mode"],
      ["eks-ec2", "ecs-managed-instances"],
      ["eks-ec2", "eks-auto-mode"],
      ["ecs-managed-instances", "eks-auto-mode"],
    ]);
  });

  it("when nothing in range changes the answer, it says which ranges were searched", () => {
    // 2 tasks: ECS on Fargate is cheapest on the AWS bill alone ($72.08 vs one $142.56 EC2 node, or EKS's $73
    // control plane on top) and has the fewest ops hours, so no rate, hours factor or discount can overtake it.
    const a = analyzeScenario(oneService(2, { ops: { maxScaleMultiplier: 2 } }), book);
    expect(a.recommendation.wouldChange).toEqual([
      // issue 20 item 4: each range in its reading unit (sensitivity.ts domains: $0–$10,000/h, ×0–×100 hours, headroom 0–10 = 0–1,000 %, shares 0–1)
      "nothing in the searched ranges: workload ×0.5–×2, engineer rate $0.00–$10,000.00/h, ops hours ×0–×100, EC2 headroom 0 %–1,000 %, Spot share and Savings Plan coverage 0 %–100 %",
    ]);
  });

  it("lists its assumptions, including hours overrides", () => {
    const a = analyzeScenario(oneService(2, { ops: { hours: { "eks-ec2": { incidents: 9 } } } }), book);
    const ids = a.assumptions.map((x) => x.id);
    expect(ids).toEqual(
      expect.arrayContaining(["engineer-rate", "upgrade-policy", "rule-clusters", "rule-nodes", "hours:eks-ec2:incidents"]),
    );
  });

  it("curves: 20 points up to the maximum multiplier, priced per pattern", () => {
    const a = analyzeScenario(oneService(3, { ops: { maxScaleMultiplier: 4 } }), book);
    expect(a.curves).toHaveLength(20);
    expect(a.curves.at(-1)!.totalTasks).toBe(12);
    expect(a.curves.every((p) => p.patterns["ecs-fargate"] !== null)).toBe(true);
  });
});

describe("analyzeScenario without the scale search (scale: false, the web's per-keystroke path)", () => {
  it("same bills, TCO and sensitivity as the full run; no break-even search, no curves, one evaluation", () => {
    // 4 tasks, ×2: the full run finds the ×1.25 crossing above; without the search there is none to find
    const input = oneService(4, { ops: { ...NO_OPS_HOURS, maxScaleMultiplier: 2 } });
    const full = analyzeScenario(input, book);
    const fast = analyzeScenario(input, book, { scale: false });
    expect(fast.breakEven.breakpoints).toBe(0);
    expect(fast.breakEven.pairs.every((pair) => pair.crossings.length === 0)).toBe(true);
    expect(fast.curves).toEqual([]);
    expect(fast.evaluations).toBe(1);
    expect(full.evaluations).toBeGreaterThan(1);
    const json = (a: typeof full) => toAnalysisJson(a);
    expect(json(fast).tco).toEqual(json(full).tco);
    expect(json(fast).sensitivity).toEqual(json(full).sensitivity);
    expect(fast.recommendation.pattern).toBe(full.recommendation.pattern);
  });
});

describe("toAnalysisJson", () => {
  const json = toAnalysisJson(analyzeScenario(oneService(4), book));

  it("has every decision key, amounts as exact decimal strings", () => {
    expect(Object.keys(json)).toEqual([
      "ops",
      "tco",
      "breakEven",
      "curves",
      "sensitivity",
      "tradeOffMatrix",
      "constraints",
      "recommendation",
      "assumptions",
    ]);
    const fargate = json.tco.patterns[0]!;
    expect(fargate.monthlyUsd!.typical).toMatch(/^\d+(\.\d+)?$/);
    expect(json.ops["eks-ec2"]!.lines[0]).toMatchObject({ category: "ops", unit: "engineer-hour", rate: { usage: "ops/engineer-hours" } });
  });

  it("round-trips through JSON.stringify (no Decimal objects left)", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
