import { describe, expect, it } from "vitest";
import { sumLines } from "../lines/cost-line";
import { runModel } from "./run-model";
import { book, oneService } from "./test-scenarios";

describe("TCO = infrastructure lines + ops lines", () => {
  const run = runModel(oneService(8), book);

  it.each(["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2", "ecs-managed-instances", "eks-auto-mode"] as const)(
    "%s: monthly = AWS + hours × rate; yearly × 12; 3 years × 36",
    (id) => {
      const t = run.tco.find((x) => x.patternId === id)!;
      const pattern = run.comparison.patterns.find((p) => p.id === id)!;
      expect(t.infraMonthlyUsd!.equals(pattern.monthlyUsd!)).toBe(true); // no decision lines by default
      for (const level of ["low", "typical", "high"] as const) {
        const expected = t.infraMonthlyUsd!.plus(t.ops!.hoursPerMonth[level].times(90));
        expect(t.monthlyUsd![level].equals(expected)).toBe(true);
        expect(t.yearlyUsd![level].equals(expected.times(12))).toBe(true);
        expect(t.threeYearUsd![level].equals(expected.times(36))).toBe(true);
      }
      expect(sumLines(t.ops!.lines).equals(t.ops!.monthlyUsd.typical)).toBe(true); // the lines explain the ops total
    },
  );

  it.each(["eks-auto-mode", "ecs-managed-instances"] as const)(
    "%s bills its per-type fee as a line of the AWS bill: 12 %% of the node type's On-Demand rate (a type without a fee-table row, S40/S7 rule)",
    (id) => {
      const bill = run.comparison.patterns.find((p) => p.id === id)!;
      const plan = bill.nodePlans[0]!;
      const node = bill.lines.find((l) => l.rate.usage === `ec2/on-demand/linux/${plan.spec.instanceType}`)!;
      const fee = bill.lines.find((l) => l.id.endsWith(":management-fee"))!;
      expect(fee.rateUsd.equals(node.rateUsd.times("0.12").toDecimalPlaces(5))).toBe(true);
      expect(fee.quantity.equals(plan.hoursPerNode.times(plan.nodeCount))).toBe(true);
      expect(fee.rate.basis).toBe("derived");
      // the TCO adds no AWS money of its own: its infrastructure is exactly the bill
      const tco = run.tco.find((t) => t.patternId === id)!;
      expect(tco.infraLines).toBe(bill.lines);
      expect(tco.infraMonthlyUsd!.equals(bill.monthlyUsd!)).toBe(true);
    },
  );

  it("the old ops.eksAutoMode flag no longer changes EKS on EC2 (Auto Mode is its own pattern): same bill, plus a note saying so", () => {
    const flagged = runModel(oneService(8, { ops: { eksAutoMode: true } }), book);
    const before = run.comparison.patterns.find((p) => p.id === "eks-ec2")!;
    const after = flagged.comparison.patterns.find((p) => p.id === "eks-ec2")!;
    expect(after.monthlyUsd!.equals(before.monthlyUsd!)).toBe(true);
    expect(after.lines.some((l) => l.rate.usage.startsWith("eks/auto-mode/"))).toBe(false);
    expect(after.notes.some((n) => n.startsWith("ops.eksAutoMode is kept for old scenarios"))).toBe(true);
    expect(flagged.comparison.patterns.find((p) => p.id === "eks-auto-mode")!.monthlyUsd!.toFixed()).toBe(
      run.comparison.patterns.find((p) => p.id === "eks-auto-mode")!.monthlyUsd!.toFixed(),
    );
  });

  it("ops lines carry category ops, the rate's source and the rules in the detail", () => {
    const t = runModel(oneService(8, { eks: { clusterCount: 2 } }), book).tco.find((x) => x.patternId === "eks-ec2")!;
    const upgrade = t.ops!.lines.find((l) => l.id === "ops:orchestrator-upgrades")!;
    // base 5 h × (1 + 1 × 0.40) = 7 h; × $90 = $630
    expect([upgrade.category, upgrade.quantity.toFixed(), upgrade.monthlyUsd.toFixed(), upgrade.rate.sourceId]).toEqual([
      "ops",
      "7",
      "630",
      "ops-effort.md F36, F37",
    ]);
    expect(upgrade.detail).toMatch(/2 clusters\/environments.*F8/);
  });
});
