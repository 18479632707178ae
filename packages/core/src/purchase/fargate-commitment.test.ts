import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";

const book = embeddedPriceBook();
const ecsFargate = (services: object[], purchase?: object) =>
  estimateScenario({ region: "us-east-1", services, ...(purchase ? { purchase: { fargate: { ecs: purchase } } } : {}) } as never, book).patterns.find((p) => p.id === "ecs-fargate")!;

describe("Compute Savings Plan on Fargate: an hourly commitment billed every hour (issue 13, item 3)", () => {
  const partTime = [{ name: "office", taskCount: 50, vcpu: 1, memoryGib: 2, schedule: { hoursPerMonth: 176 } }];

  it("regression: 50 tasks × 176 h under a 3-year plan cost what On-Demand costs (the plan cannot follow usage): 50 × 176 × (0.04048 + 2 × 0.004445) = $434.456", () => {
    const plan = ecsFargate(partTime, { option: "compute-savings-plan", termYears: 3, payment: "no-upfront" });
    const onDemand = ecsFargate(partTime);
    expect(plan.monthlyUsd?.toFixed()).toBe("434.456");
    expect(plan.monthlyUsd?.equals(onDemand.monthlyUsd!)).toBe(true);
    expect(plan.notes.join(" ")).toMatch(/office: not running every hour of the month, so it stays On-Demand/);
  });

  it("an always-on service still gets the plan rate (S8 AWSComputeSavingsPlan: 3-year No Upfront Linux/x86)", () => {
    const plan = ecsFargate([{ name: "api", taskCount: 2, vcpu: 1, memoryGib: 2 }], { option: "compute-savings-plan", termYears: 3, payment: "no-upfront" });
    expect(plan.lines.find((l) => l.id === "svc:api:ecs-fargate-vcpu")?.rate.usage).toBe("fargate/savings-plan-3y-no-upfront/linux-x86/vcpu-hours");
  });
});
