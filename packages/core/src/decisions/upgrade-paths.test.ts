import { describe, expect, it } from "vitest";
import { patternDescriptor } from "../patterns/descriptors";
import { runModel } from "./run-model";
import { book, oneService } from "./test-scenarios";

const eks = (run: ReturnType<typeof runModel>, id: "eks-fargate" | "eks-ec2") => run.tco.find((t) => t.patternId === id)!;

describe("Kubernetes upgrade trade-off: upgrade vs stay on extended support", () => {
  it.each([
    // $0.50/cluster-hour surcharge × 730 h = $365 per cluster-month (F3, S7); hours unchanged (factor 1, derivation 1)
    { label: "one cluster: +$365/month", clusters: 1, fee: "365" },
    { label: "two clusters: +$730/month", clusters: 2, fee: "730" },
  ])("$label on both EKS patterns", ({ clusters, fee }) => {
    const run = runModel(oneService(4, { eks: { clusterCount: clusters } }), book);
    for (const id of ["eks-fargate", "eks-ec2"] as const) {
      const paths = eks(run, id).upgradePaths!;
      expect(paths.extendedSupport!.surchargeMonthlyUsd.toFixed()).toBe(fee);
      expect(paths.extendedSupport!.monthlyUsd.typical.minus(paths.upgrade.monthlyUsd.typical).toFixed()).toBe(fee);
      expect(paths.upgrade.upgradeHours.typical.greaterThan(0)).toBe(true);
    }
  });

  it("the fee buys 365 ÷ 90 = 4.0556 upgrade hours a month at the typical rate", () => {
    const paths = eks(runModel(oneService(4), book), "eks-ec2").upgradePaths!;
    expect(paths.breakEvenAvoidedHoursPerMonth!.toDecimalPlaces(4).toFixed()).toBe("4.0556");
  });

  it("choosing to stay behind adds the fee to the AWS bill as a priced line (1 cluster × 730 h × $0.50 = $365)", () => {
    const base = eks(runModel(oneService(4), book), "eks-ec2");
    const behind = eks(runModel(oneService(4, { ops: { upgradePolicy: "stay-on-extended-support" } }), book), "eks-ec2");
    const added = behind.infraLines.filter((l) => !base.infraLines.some((b) => b.id === l.id));
    expect(added.map((l) => [l.rate.usage, l.monthlyUsd.toFixed()])).toEqual([["eks/cluster-hours/extended-support-surcharge", "365"]]);
    expect(behind.infraMonthlyUsd!.minus(base.infraMonthlyUsd!).toFixed()).toBe("365");
    expect(behind.monthlyUsd!.typical.minus(base.monthlyUsd!.typical).toFixed()).toBe("365");
    expect(behind.upgradePaths!.chosen).toBe("stay-on-extended-support");
  });

  it("eks.supportTier extended implies the policy; the core's own surcharge line is not added twice", () => {
    const run = runModel(oneService(4, { eks: { supportTier: "extended" } }), book);
    const t = eks(run, "eks-fargate");
    expect(t.upgradePaths!.chosen).toBe("stay-on-extended-support");
    expect(t.infraLines.filter((l) => l.id === "shared:eks-extended-support")).toHaveLength(1);
  });

  it("ECS patterns have no upgrade trade-off", () => {
    const run = runModel(oneService(4), book);
    expect(run.tco.filter((t) => patternDescriptor(t.patternId).orchestrator === "ecs").map((t) => t.upgradePaths)).toEqual([
      null,
      null,
      null,
    ]); // ECS on Fargate, ECS on EC2, ECS Managed Instances
  });

  it("a policy contradicting the priced tier is an input error", () => {
    expect(() => runModel(oneService(4, { eks: { supportTier: "extended" }, ops: { upgradePolicy: "upgrade" } }), book)).toThrow(
      /INVALID_OPTION.*ops\.upgradePolicy/,
    );
  });
});
