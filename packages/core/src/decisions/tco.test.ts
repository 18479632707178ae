import { describe, expect, it } from "vitest";
import { sumLines } from "../lines/cost-line";
import { runModel } from "./run-model";
import { book, oneService } from "./test-scenarios";

describe("TCO = infrastructure lines + ops lines", () => {
  const run = runModel(oneService(8), book);

  it.each(["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const)(
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

  it("EKS Auto Mode bills its per-type fee on the On-Demand price as a line of the AWS bill (m6i.xlarge not in the fee table: 12 % of $0.192 = $0.02304/h, S40 rule)", () => {
    const run = runModel(oneService(8, { ops: { eksAutoMode: true } }), book);
    const bill = run.comparison.patterns.find((p) => p.id === "eks-ec2")!;
    const fee = bill.lines.find((l) => l.rate.usage === "eks/auto-mode/m6i.xlarge")!;
    const plan = bill.nodePlans[0]!;
    expect(fee.rateUsd.toFixed()).toBe("0.02304");
    expect(fee.quantity.equals(plan.hoursPerNode.times(plan.nodeCount))).toBe(true);
    expect(fee.rate.description).toMatch(/^estimate: .*12 % of its On-Demand \$0\.192/);
    // the TCO adds no AWS money of its own: its infrastructure is exactly the bill
    const tco = run.tco.find((t) => t.patternId === "eks-ec2")!;
    expect(tco.infraLines).toBe(bill.lines);
    expect(tco.infraMonthlyUsd!.equals(bill.monthlyUsd!)).toBe(true);
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
