import { embeddedPriceBook, modelScenario, patternDescriptor, toDecimalString } from "@repo/core";
import { describe, expect, it } from "vitest";
import { loadCalculatorState, migrateState } from "../app/search-params";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

/** The EKS Provisioned Control Plane tier field (issue 16 item 5): form text → scenario.eks.controlPlaneTier. */
describe("the EKS Provisioned Control Plane tier field", () => {
  it("starts at the schema's default (standard = no tier) and a link made before the field existed keeps it", () => {
    expect(SMALL_WEB_APP.state.eksControlPlaneTier).toBe("standard");
    const old = migrateState(loadCalculatorState(new URLSearchParams("v=3&r=us-east-1"))).state;
    expect(old.eksControlPlaneTier).toBe("standard");
    expect(loadCalculatorState(new URLSearchParams("v=3&cpt=xl")).eksControlPlaneTier).toBe("xl");
  });

  it("XL reaches the scenario and adds the tier line to every EKS bill, not to ECS", () => {
    const { input, errors } = toScenario({ ...SMALL_WEB_APP.state, eksControlPlaneTier: "xl" });
    expect(errors).toEqual({});
    expect(input?.eks).toMatchObject({ controlPlaneTier: "xl" });
    const result = modelScenario(input, embeddedPriceBook(), { scale: false });
    for (const bill of result.comparison.patterns) {
      const tier = bill.lines.find((line) => line.id === "shared:eks-provisioned-control-plane");
      if (patternDescriptor(bill.id).orchestrator === "ecs") expect(tier, bill.id).toBeUndefined();
      // us-east-1 XL $1.65 per cluster-hour (S40) × 1 cluster × 730 h = $1,204.50, on top of the $73.00 standard fee
      else expect(tier && toDecimalString(tier.monthlyUsd), bill.id).toBe("1204.5");
    }
  });

  it("a tier the schema does not know is reported beside the field", () => {
    const { input, errors } = toScenario({ ...SMALL_WEB_APP.state, eksControlPlaneTier: "16xl" });
    expect(input).toBeNull();
    expect(Object.keys(errors)).toEqual(["eksControlPlaneTier"]);
  });
});
