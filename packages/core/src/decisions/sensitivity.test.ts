import { describe, expect, it } from "vitest";
import type { Decimal } from "../money/decimal";
import { engineerRate } from "../ops/engineer-rate";
import { runModel } from "./run-model";
import { sensitivity } from "./sensitivity";
import { book, oneService } from "./test-scenarios";

const input = oneService(20, { ops: { engineersJoiningPerYear: 0 } });
const run = runModel(input, book);
const rows = Object.fromEntries(sensitivity(run, book).map((r) => [r.id, r]));
const cheapestWithRate = (usd: Decimal) => {
  const t = runModel(input, book, { rate: engineerRate(usd, "test", "undated") }).tco.filter((x) => x.monthlyUsd);
  return t.sort((a, b) => a.monthlyUsd!.typical.comparedTo(b.monthlyUsd!.typical))[0]!.patternId;
};

describe("sensitivity (tornado data)", () => {
  it("engineer rate: the switch is where two TCO lines meet, (infra₁ − infra₂) ÷ (hours₂ − hours₁)", () => {
    const row = rows["engineer-rate"]!;
    expect(row.cheapestAtBaseline).toBe("ecs-fargate");
    const to = run.tco.find((t) => t.patternId === row.switchBelow!.to)!;
    const from = run.tco.find((t) => t.patternId === "ecs-fargate")!;
    const expected = from
      .infraMonthlyUsd!.minus(to.infraMonthlyUsd!)
      .div(to.ops!.hoursPerMonth.typical.minus(from.ops!.hoursPerMonth.typical));
    expect(row.switchBelow!.value.toFixed()).toBe(expected.toFixed());
  });

  it("engineer rate: re-running the real model just above and below the switch flips the cheapest pattern", () => {
    const at = rows["engineer-rate"]!.switchBelow!;
    expect(cheapestWithRate(at.value.plus("0.01"))).toBe("ecs-fargate");
    expect(cheapestWithRate(at.value.minus("0.01"))).toBe(at.to);
  });

  it("the tornado range of the rate is the sourced $62–$150 (F35–F38)", () => {
    expect([rows["engineer-rate"]!.low.value.toFixed(), rows["engineer-rate"]!.high.value.toFixed()]).toEqual(["62", "150"]);
  });

  it.each([
    // S8: Fargate Linux/x86 vCPU $0.04048 on-demand; Spot $0.01288871 → 1 − 0.01288871 ÷ 0.04048 = 68.16 %; 1-year SP $0.032384 → 20 %
    { id: "spot-share", text: "68.2 %" },
    { id: "savings-plan-coverage", text: "20 %" },
  ])("$id: a uniform discount sized from the price book ($text)", ({ id, text }) => {
    expect(rows[id]!.basis).toContain(text);
  });

  it("spot share does not discount EKS on Fargate (no Spot there)", () => {
    const row = rows["spot-share"]!;
    expect(row.high.tcoUsd["eks-fargate"]!.equals(row.low.tcoUsd["eks-fargate"]!)).toBe(true);
    expect(row.high.tcoUsd["ecs-fargate"]!.lessThan(row.low.tcoUsd["ecs-fargate"]!)).toBe(true);
  });

  it("spot share prices EC2 nodes with the same per-type Spot figure as purchase Spot: m5.large nodes at the S33 snapshot $0.0453 vs $0.096", () => {
    const m5 = oneService(4, { ops: { engineersJoiningPerYear: 0 }, ec2: { instanceType: "m5.large", daemonSets: [] } });
    const m5Rows = Object.fromEntries(sensitivity(runModel(m5, book), book).map((r) => [r.id, r]));
    const spotRun = runModel({ ...m5, purchase: { ec2: { option: "spot" } } }, book);
    const onDemand = runModel(m5, book).comparison.patterns.find((p) => p.id === "ecs-ec2")!;
    const spot = spotRun.comparison.patterns.find((p) => p.id === "ecs-ec2")!;
    const row = m5Rows["spot-share"]!;
    // Full Spot share = the saving the Spot purchase option really prices (same source, S33).
    expect(row.low.tcoUsd["ecs-ec2"]!.minus(row.high.tcoUsd["ecs-ec2"]!).toFixed()).toBe(
      onDemand.monthlyUsd!.minus(spot.monthlyUsd!).toFixed(),
    );
    expect(row.basis).toMatch(/Spot snapshot S33/);
  });

  it("Savings Plan coverage prices EC2 nodes at the EC2 plan's reference discount (S3 convertible row: 1 − 0.071/0.096 = 26.04 %), not Fargate's 20 %", () => {
    const row = rows["savings-plan-coverage"]!;
    // 20 tasks → 5 m6i.xlarge × 730 h × $0.192 = $700.80 of EC2; × 0.025/0.096 = $182.50 at full coverage
    expect(row.low.tcoUsd["ecs-ec2"]!.minus(row.high.tcoUsd["ecs-ec2"]!).toDecimalPlaces(20).toFixed()).toBe("182.5");
    expect(row.basis).toMatch(/EC2 nodes at 26 % off .*estimate from the m5.large convertible RI reference/);
  });

  it("EC2 headroom only moves EC2 patterns", () => {
    const row = rows["ec2-headroom"]!;
    expect(row.high.tcoUsd["ecs-fargate"]!.equals(row.low.tcoUsd["ecs-fargate"]!)).toBe(true);
    // 20 tasks of 1 vCPU → 5 m6i.xlarge × 730 h × $0.192 = $700.80; half of it is $350.40
    expect(row.high.tcoUsd["ecs-ec2"]!.minus(row.low.tcoUsd["ecs-ec2"]!).toFixed()).toBe("350.4");
  });
});
