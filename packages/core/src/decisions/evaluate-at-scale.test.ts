import { describe, expect, it } from "vitest";
import { parseScenario } from "../scenario/parse-scenario";
import { ScaleEvaluator } from "./evaluate-at-scale";
import { multiplier } from "./scale-workload";
import { book, oneService } from "./test-scenarios";

describe("ScaleEvaluator memo (keyed by the scaled task counts)", () => {
  it("prices a multiplier between two breakpoints once: 4 tasks × 1.1 and × 1.25 are both ceil(…) = 5 tasks", () => {
    // Hand derivation: ceil(4 × 11/10) = ceil(4.4) = 5 and ceil(4 × 5/4) = 5, so the scaled scenarios are equal.
    const evaluator = new ScaleEvaluator(parseScenario(oneService(4)), book);
    const atBreakpoint = evaluator.at(multiplier(5, 4));
    const between = evaluator.at(multiplier(11, 10));
    expect(evaluator.evaluations).toBe(1);
    expect(between.multiplier).toEqual({ num: 11, den: 10 });
    expect(between.totalTasks).toBe(5);
    expect(between.patterns).toBe(atBreakpoint.patterns);
  });

  it("prices another workload again: × 1.5 is ceil(6) = 6 tasks", () => {
    const evaluator = new ScaleEvaluator(parseScenario(oneService(4)), book);
    const five = evaluator.at(multiplier(5, 4));
    const six = evaluator.at(multiplier(3, 2));
    expect(evaluator.evaluations).toBe(2);
    expect(six.totalTasks).toBe(6);
    expect(six.patterns["ecs-fargate"]?.tcoUsd.greaterThan(five.patterns["ecs-fargate"]?.tcoUsd ?? 0)).toBe(true);
  });
});
