import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { isCoreError } from "../errors";
import { sumDecimals } from "../money/decimal";
import { embeddedPriceBook } from "../snapshot/embedded";

const book = embeddedPriceBook();
const web = { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 };
const estimate = (input: object) => estimateScenario({ region: "us-east-1", services: [web], ...input }, book);
const byId = (input: object, id: string) => estimate(input).patterns.find((p) => p.id === id);
const computeUsd = (input: object, id: string) =>
  sumDecimals(
    byId(input, id)
      ?.lines.filter((l) => l.category === "compute")
      .map((l) => l.monthlyUsd) ?? [],
  );

describe("Fargate purchase options (fargate_rates.csv us-east-1 rows)", () => {
  it.each([
    {
      label: "on-demand: 730 × (2 × 0.5 × 0.04048 + 2 × 1 × 0.004445) = 29.5504 + 6.4897 (S2)",
      purchase: {},
      id: "ecs-fargate",
      expected: "36.0401",
    },
    {
      label: "Fargate Spot, linux-x86 spot rows (S8): 730 × 0.01288871 + 1460 × 0.00141527",
      purchase: { fargate: { ecs: { option: "spot" } } },
      id: "ecs-fargate",
      expected: "11.4750525",
    },
    {
      label: "Compute SP 1y No Upfront rows (S8): 730 × 0.032384 + 1460 × 0.003556",
      purchase: { fargate: { ecs: { option: "compute-savings-plan" } } },
      id: "ecs-fargate",
      expected: "28.83208",
    },
    {
      label: "EKS on Fargate, Compute SP 3y No Upfront (S8): pod 0.5 vCPU / 2 GB → 730 × 0.022264 + 2920 × 0.00244475 = 16.25272 + 7.13867",
      purchase: { fargate: { eks: { option: "compute-savings-plan", termYears: 3 } } },
      id: "eks-fargate",
      expected: "23.39139",
    },
    {
      label: "your 25 % discount on on-demand: 36.0401 × 0.75",
      purchase: { fargate: { ecs: { option: "compute-savings-plan", discountPercent: 25 } } },
      id: "ecs-fargate",
      expected: "27.030075",
    },
  ])("$label → $expected", ({ purchase, id, expected }) => {
    expect(computeUsd({ purchase }, id)?.toFixed()).toBe(expected);
  });

  it("3-year All Upfront: the vCPU row exists, the memory row does not → incomplete, upfront = covered monthly × 36", () => {
    const p = byId(
      { purchase: { fargate: { ecs: { option: "compute-savings-plan", termYears: 3, payment: "all-upfront" } } } },
      "ecs-fargate",
    );
    expect(p?.status).toBe("incomplete");
    expect(p?.missingRates.map((m) => m.usage)).toContain("fargate/savings-plan-3y-all-upfront/linux-x86/gb-hours");
    // covered = 730 × 0.0194304 = 14.184192; all of it prepaid for 36 months
    expect(p?.purchase[0]?.upfrontUsd.toFixed()).toBe("510.630912");
    expect(p?.purchase[0]?.monthlyRecurringUsd.toFixed()).toBe("0");
  });

  it("Fargate Spot for EKS is a CoreError naming purchase.fargate.eks.option", () => {
    try {
      estimate({ purchase: { fargate: { eks: { option: "spot" } } } });
      expect.unreachable();
    } catch (error) {
      expect(isCoreError(error) && error.field === "purchase.fargate.eks.option").toBe(true);
      expect(String(error)).toMatch(/ECS tasks only/);
    }
  });

  it("Fargate Spot with a Windows service is a CoreError naming the service", () => {
    try {
      estimateScenario(
        {
          region: "us-east-1",
          services: [{ ...web, name: "win", os: "windows", vcpu: 1, memoryGib: 2 }],
          purchase: { fargate: { ecs: { option: "spot" } } },
        },
        book,
      );
      expect.unreachable();
    } catch (error) {
      expect(isCoreError(error) && error.code === "INVALID_OPTION" && error.field === "purchase.fargate.ecs.option").toBe(true);
      expect(String(error)).toMatch(/"win" is Windows/);
    }
  });
});
