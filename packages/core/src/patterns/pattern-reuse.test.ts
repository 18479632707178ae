import { describe, expect, it } from "vitest";
import { ScaleEvaluator } from "../decisions/evaluate-at-scale";
import { runModel } from "../decisions/run-model";
import { multiplier, scaleScenario, type Multiplier } from "../decisions/scale-workload";
import { book, oneService } from "../decisions/test-scenarios";
import { resolveService } from "../scenario/resolve-service";
import { parseScenario } from "../scenario/parse-scenario";
import type { ScenarioInput } from "../scenario/scenario-schema";
import { countFreeOutsideNodes, planSignature, type PatternReuse } from "./pattern-reuse";
import { plannedOnce } from "./planned-once";

const EC2_BACKED = ["ecs-ec2", "eks-ec2", "ecs-managed-instances", "eks-auto-mode"] as const;

const reuseOf = (evaluator: ScaleEvaluator): PatternReuse => (evaluator as unknown as { context: { reuse: PatternReuse } }).context.reuse;

/** The lean totals at m must be the full model's on the same scaled scenario, to the last digit. */
function expectFullModelTotals(evaluator: ScaleEvaluator, m: Multiplier): void {
  const lean = evaluator.at(m).patterns;
  const full = runModel(scaleScenario(evaluator.scenario, m), book, { upgradePaths: false });
  for (const id of EC2_BACKED) {
    const t = full.tco.find((p) => p.patternId === id);
    expect(lean[id]?.tcoUsd.toFixed(), `${id} TCO at ${m.num}/${m.den}`).toBe(t?.monthlyUsd?.typical.toFixed());
    expect(lean[id]?.infraUsd.toFixed(), `${id} infra at ${m.num}/${m.den}`).toBe(t?.infraMonthlyUsd?.toFixed());
  }
}

describe("EC2-backed estimates reused by node plan between scaled runs (pattern-reuse.ts)", () => {
  // m6i.xlarge with no agents holds 4 tasks of 1 vCPU / 2 GiB (test-scenarios.ts `oneService`): 2 and 3 tasks
  // need the same nodes, 5 tasks one more.
  const scenario = parseScenario(oneService(2));

  it("a run whose node plans match an earlier run's reuses its estimate; the totals stay the full model's", () => {
    const evaluator = new ScaleEvaluator(scenario, book);
    expectFullModelTotals(evaluator, multiplier(1, 1));
    expect(reuseOf(evaluator).size, "one entry per EC2-backed pattern after the first run").toBe(4);
    expectFullModelTotals(evaluator, multiplier(3, 2));
    expect(reuseOf(evaluator).size, "3 tasks fit the nodes of 2: every pattern reused, no new entry").toBe(4);
    const at2 = evaluator.at(multiplier(1, 1)).patterns["ecs-ec2"]?.infraUsd.toFixed();
    expect(evaluator.at(multiplier(3, 2)).patterns["ecs-ec2"]?.infraUsd.toFixed(), "ECS on EC2 bills node-hours, not tasks").toBe(at2);
    expectFullModelTotals(evaluator, multiplier(5, 2));
    expect(reuseOf(evaluator).size, "5 tasks need another node: new plans, new entries").toBe(8);
  });

  it("Container Insights enhanced and per-task volumes read task counts: never reused", () => {
    const cases: Partial<ScenarioInput>[] = [
      { observability: { containerInsights: "enhanced" } },
      { services: [{ name: "app", taskCount: 2, vcpu: 1, memoryGib: 2, persistentVolumes: [{ name: "d", kind: "gp3", sizeGib: 10 }] }] },
    ];
    for (const extra of cases) {
      const s = parseScenario(oneService(2, extra));
      expect(countFreeOutsideNodes(s), JSON.stringify(extra)).toBe(false);
      const evaluator = new ScaleEvaluator(s, book);
      expectFullModelTotals(evaluator, multiplier(1, 1));
      expectFullModelTotals(evaluator, multiplier(3, 2));
      expect(reuseOf(evaluator).size, "no key, no entry").toBe(0);
    }
    const fixedVolume = { name: "d", kind: "gp3" as const, sizeGib: 10, count: 3 };
    const fixed = parseScenario(
      oneService(2, { services: [{ name: "app", taskCount: 2, vcpu: 1, memoryGib: 2, persistentVolumes: [fixedVolume] }] }),
    );
    expect(countFreeOutsideNodes(fixed), "a fixed count of volumes is billed whatever the task count").toBe(true);
  });

  it("the signature changes with the node count and not with tasks that fit the same nodes", () => {
    const sign = (taskCount: number): string => {
      const s = parseScenario(oneService(taskCount));
      return planSignature(plannedOnce("ecs", s, s.services.map(resolveService), book, true));
    };
    expect(sign(3)).toBe(sign(2));
    expect(sign(5)).not.toBe(sign(4));
    expect(sign(4), "one always-on Linux group on m6i.xlarge").toContain("x86_64/linux|m6i.xlarge|");
  });
});
