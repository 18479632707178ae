import { renderMessage } from "../messages/english";
import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";

const book = embeddedPriceBook();
const ecsFargate = (services: object[], purchase?: object) =>
  estimateScenario(
    { region: "us-east-1", services, ...(purchase ? { purchase: { fargate: { ecs: purchase } } } : {}) } as never,
    book,
  ).patterns.find((p) => p.id === "ecs-fargate")!;

describe("Compute Savings Plan on Fargate: an hourly commitment billed every hour (issue 13, item 3)", () => {
  const partTime = [{ name: "office", taskCount: 50, vcpu: 1, memoryGib: 2, schedule: { hoursPerMonth: 176 } }];

  it("regression: 50 tasks × 176 h under a 3-year plan cost what On-Demand costs (the plan cannot follow usage): 50 × 176 × (0.04048 + 2 × 0.004445) = $434.456", () => {
    const plan = ecsFargate(partTime, { option: "compute-savings-plan", termYears: 3, payment: "no-upfront" });
    const onDemand = ecsFargate(partTime);
    expect(plan.monthlyUsd?.toFixed()).toBe("434.456");
    expect(plan.monthlyUsd?.equals(onDemand.monthlyUsd!)).toBe(true);
    expect(plan.notes.map(renderMessage).join(" ")).toMatch(/office: not running every hour of the month, so it stays On-Demand/);
  });

  it("an always-on service still gets the plan rate (S8 AWSComputeSavingsPlan: 3-year No Upfront Linux/x86)", () => {
    const plan = ecsFargate([{ name: "api", taskCount: 2, vcpu: 1, memoryGib: 2 }], {
      option: "compute-savings-plan",
      termYears: 3,
      payment: "no-upfront",
    });
    expect(plan.lines.find((l) => l.id === "svc:api:ecs-fargate-vcpu")?.rate.usage).toBe(
      "fargate/savings-plan-3y-no-upfront/linux-x86/vcpu-hours",
    );
  });
});

// AWS: "Savings Plans … in exchange for a commitment to a consistent amount of usage (measured in $/hour)
// for a 1- or 3-year term"; the commitment is billed every hour, used or not, and usage above it is
// billed On-Demand (https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html;
// unused commitment as in https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_SavingsPlansUtilization.html).
// Rates (fargate_rates.csv, us-east-1 Linux/x86): On-Demand $0.04048/vCPU-h, $0.004445/GB-h (S2);
// 1-year No Upfront plan $0.032384/vCPU-h, $0.003556/GB-h (S8). Baseline of 2 × 1 vCPU / 2 GB always-on:
// B = 2 × (0.032384 + 2 × 0.003556) = $0.078992/h (× 730 = $57.66416); On-Demand 1460 × 0.04937 = $72.0802.
describe("Compute Savings Plan commitment on Fargate: billed every hour, overflow On-Demand (issue 13, item 3)", () => {
  const api = [{ name: "api", taskCount: 2, vcpu: 1, memoryGib: 2 }];
  const plan1y = (savingsPlan: object) => ({ option: "compute-savings-plan", termYears: 1, payment: "no-upfront", savingsPlan });
  const compute = (p: ReturnType<typeof ecsFargate>) =>
    p.lines.filter((l) => l.category === "compute").reduce((sum, l) => sum.plus(l.monthlyUsd), p.lines[0]!.monthlyUsd.times(0));

  it("a $0.10/h commitment above the $0.078992/h baseline: 730 × 0.10 = $73 billed, unused (0.10 − 0.078992) × 730 = $15.33584, utilisation 78.992 %", () => {
    const p = ecsFargate(api, plan1y({ commitmentUsdPerHour: "0.10" }));
    const unused = p.lines.find((l) => l.id === "fargate:savings-plan-unused-commitment");
    expect(unused?.monthlyUsd.toFixed()).toBe("15.33584");
    expect(unused?.quantity.toFixed()).toBe("730");
    expect(compute(p).toFixed()).toBe("73");
    expect(p.notes.map(renderMessage).join(" ")).toMatch(/utilisation 78\.99%/);
    expect(p.lines.some((l) => l.id.endsWith("-on-demand-overflow"))).toBe(false);
  });

  it("a $0.05/h commitment below the baseline: $36.50 at plan rates + the rest On-Demand 72.0802 × (1 − 0.05/0.078992) = $26.4552; utilisation 100 %", () => {
    const p = ecsFargate(api, plan1y({ commitmentUsdPerHour: "0.05" }));
    const overflow = p.lines.filter((l) => l.id.endsWith("-on-demand-overflow"));
    expect(overflow.map((l) => l.rate.usage).sort()).toEqual([
      "fargate/on-demand/linux-x86/gb-hours",
      "fargate/on-demand/linux-x86/vcpu-hours",
    ]);
    expect(
      overflow
        .reduce((s, l) => s.plus(l.monthlyUsd), compute(p).times(0))
        .toDecimalPlaces(9)
        .toFixed(),
    ).toBe("26.4552");
    expect(compute(p).toDecimalPlaces(9).toFixed()).toBe("62.9552");
    expect(p.lines.some((l) => l.id === "fargate:savings-plan-unused-commitment")).toBe(false);
    expect(p.notes.map(renderMessage).join(" ")).toMatch(/utilisation 100%/);
  });

  it("coveragePercent 50 of the baseline: half at plan rates (57.66416 / 2 = $28.83208) + half On-Demand (72.0802 / 2 = $36.0401) = $64.87218", () => {
    const p = ecsFargate(api, plan1y({ coveragePercent: 50 }));
    expect(compute(p).toDecimalPlaces(9).toFixed()).toBe("64.87218");
  });

  it("no size given = the whole baseline: $57.66416, no unused or overflow line (the figures every golden uses)", () => {
    const p = ecsFargate(api, { option: "compute-savings-plan", termYears: 1, payment: "no-upfront" });
    expect(compute(p).toFixed()).toBe("57.66416");
    expect(p.lines.filter((l) => l.id.includes("overflow") || l.id.includes("unused"))).toEqual([]);
  });

  it("regression (the issue's 50 tasks × 176 h, 3-year plan) with a $1/h commitment: 730 × $1 unused (no always-on usage) + On-Demand $434.456 = $1,164.456 — dearer than On-Demand, never cheaper", () => {
    const p = ecsFargate([{ name: "office", taskCount: 50, vcpu: 1, memoryGib: 2, schedule: { hoursPerMonth: 176 } }], {
      option: "compute-savings-plan",
      termYears: 3,
      payment: "no-upfront",
      savingsPlan: { commitmentUsdPerHour: "1" },
    });
    expect(p.lines.find((l) => l.id === "fargate:savings-plan-unused-commitment")?.monthlyUsd.toFixed()).toBe("730");
    expect(p.monthlyUsd?.toFixed()).toBe("1164.456");
    expect(p.notes.map(renderMessage).join(" ")).toMatch(/utilisation 0%/);
  });

  it.each([
    {
      label: "a plan size without the plan option",
      purchase: { option: "on-demand", savingsPlan: { coveragePercent: 50 } },
      error: /savingsPlan applies to option compute-savings-plan only/,
    },
    { label: "both a commitment and a coverage", purchase: plan1y({ commitmentUsdPerHour: "1", coveragePercent: 50 }), error: /not both/ },
    {
      label: "a commitment below AWS's 0.001 USD/hour",
      purchase: plan1y({ commitmentUsdPerHour: "0.0001" }),
      error: /between 0\.001 and 1000000/,
    },
  ])("bad input: $label is an error naming the field", ({ purchase, error }) => {
    expect(() => ecsFargate(api, purchase)).toThrow(error);
  });
});

describe("issue 13 notes are message codes (rendered to English by core, translatable by the faces)", () => {
  it("NOTE_PLAN_PART_TIME_ON_DEMAND renders the part-time note the estimator shows", () => {
    const p = ecsFargate([{ name: "office", taskCount: 1, vcpu: 1, memoryGib: 2, schedule: { hoursPerMonth: 176 } }], {
      option: "compute-savings-plan",
      termYears: 3,
      payment: "no-upfront",
    });
    // the note is carried as its code and raw parameters; its English is the estimator's sentence
    // the plan is a code too (PURCHASE_FARGATE_SAVINGS_PLAN with its term and payment), never an English label
    const note = {
      code: "NOTE_PLAN_PART_TIME_ON_DEMAND",
      params: { service: "office", plan: "PURCHASE_FARGATE_SAVINGS_PLAN", termYears: 3, payment: "PAYMENT_NO_UPFRONT" },
    };
    expect(p.notes).toContainEqual(note);
    expect(renderMessage(note)).toBe(
      "office: not running every hour of the month, so it stays On-Demand (a 3-year Compute Savings Plan, no upfront is an hourly commitment billed every hour; it is sized to the always-on services).",
    );
  });
});
