import { describe, expect, it } from "vitest";
import { PATTERN_IDS, type PatternId } from "../patterns/pattern";
import { OPS_LEVELS } from "../scenario/ops-schema";
import { ACTIVITY_DEFINITIONS, FIRST_CLUSTER_HOURS } from "./activity-defaults";
import { bandText, sumBands } from "./bands";

describe("first-cluster hours (ops-effort.md §3)", () => {
  // The research's "Total per first cluster" row, low / typical / high.
  it.each<{ pattern: PatternId; total: string }>([
    { pattern: "ecs-fargate", total: "1.75 / 4.5 / 12.5" },
    { pattern: "ecs-ec2", total: "4 / 11.5 / 30" },
    { pattern: "eks-fargate", total: "4 / 11.5 / 33" },
    { pattern: "eks-ec2", total: "7.5 / 25.5 / 70" },
  ])("$pattern sums to the research's total $total", ({ pattern, total }) => {
    expect(bandText(sumBands(Object.values(FIRST_CLUSTER_HOURS[pattern])))).toBe(total);
  });

  it("ECS has no orchestrator version to upgrade (derivation 5)", () => {
    expect(bandText(FIRST_CLUSTER_HOURS["ecs-fargate"]["orchestrator-upgrades"])).toBe("0 / 0 / 0");
    expect(bandText(FIRST_CLUSTER_HOURS["ecs-ec2"]["orchestrator-upgrades"])).toBe("0 / 0 / 0");
  });

  it("every band is ordered low ≤ typical ≤ high", () => {
    for (const pattern of PATTERN_IDS) {
      for (const hours of Object.values(FIRST_CLUSTER_HOURS[pattern])) {
        expect(hours.low.lessThanOrEqualTo(hours.typical) && hours.typical.lessThanOrEqualTo(hours.high)).toBe(true);
      }
    }
  });

  it("every activity has a reason and a source", () => {
    for (const definition of Object.values(ACTIVITY_DEFINITIONS)) {
      expect(definition.reason.length).toBeGreaterThan(10);
      expect(definition.sources).toMatch(/F\d|judgement/);
    }
    expect(OPS_LEVELS).toEqual(["low", "typical", "high"]);
  });
});
