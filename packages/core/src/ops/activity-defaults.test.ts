import { describe, expect, it } from "vitest";
import { PATTERN_IDS, type PatternId } from "../patterns/pattern";
import { OPS_LEVELS } from "../scenario/ops-schema";
import { ACTIVITY_DEFINITIONS, FIRST_CLUSTER_HOURS } from "./activity-defaults";
import { renderMessage } from "../messages/english";
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

describe("activity reasons as codes (issue 20: the web renders them in Japanese)", () => {
  it("each activity's label and reason are codes whose English is the text the CLI prints", () => {
    for (const definition of Object.values(ACTIVITY_DEFINITIONS)) {
      expect(definition.labelMessage.code, definition.id).toBe(`OPS_ACTIVITY_${definition.id.toUpperCase().replaceAll("-", "_")}`);
      expect(renderMessage(definition.labelMessage)).toBe(definition.label);
      expect(renderMessage(definition.reasonMessage)).toBe(definition.reason);
    }
  });

  it("onboarding's reason cites modifiers.ts's per-engineer hours and the 12-month amortisation (F31)", () => {
    // ONBOARDING_HOURS_PER_ENGINEER: ECS 16/40/80 h, EKS 40/120/240 h (ops-effort.md F31), spread over a year
    expect(ACTIVITY_DEFINITIONS.onboarding.reason).toBe(
      "one-time hours per engineer joining (ECS 16/40/80 h, EKS 40/120/240 h), amortised over 12 months",
    );
    expect(ACTIVITY_DEFINITIONS.onboarding.reasonMessage.params).toEqual({ ecsHours: "16/40/80", eksHours: "40/120/240", months: 12 });
  });
});
