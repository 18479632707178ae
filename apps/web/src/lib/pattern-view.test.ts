import { embeddedPriceBook, estimateScenario } from "@repo/core";
import { describe, expect, it } from "vitest";
import { patternView } from "./pattern-view";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

describe("pattern view", () => {
  const comparison = estimateScenario(toScenario(SMALL_WEB_APP.state).input, embeddedPriceBook());

  it("node utilisation = requests ÷ capacity: 2×0.5 + 2×1 = 3 of 4 vCPU (75%), 2×1 + 2×2 = 6 of 16 GiB (37.5%) on one m6i.xlarge", () => {
    const ecsOnEc2 = comparison.patterns.find((pattern) => pattern.id === "ecs-ec2");
    if (!ecsOnEc2) throw new Error("no ECS on EC2");
    expect(patternView(ecsOnEc2).nodePlans).toEqual([expect.objectContaining({
      instanceType: "m6i.xlarge", nodeCount: 1, nodesNeeded: 1, cpuUtilisationPct: 75, memoryUtilisationPct: 37.5, services: ["web", "api"],
    })]);
  });

  it("Fargate patterns have no node plans, and every line is kept with its rate's provenance", () => {
    const fargate = comparison.patterns[0];
    if (!fargate) throw new Error("no pattern");
    const view = patternView(fargate);
    expect(view.nodePlans).toEqual([]);
    expect(view.lines).toHaveLength(fargate.lines.length);
    for (const line of view.lines) expect(line.rate).toMatchObject({ region: "us-east-1", sourceId: expect.any(String), asOf: expect.any(String) });
  });
});
