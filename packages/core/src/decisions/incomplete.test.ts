import { describe, expect, it } from "vitest";
import { analyzeScenario } from "./analyze-scenario";
import { book, oneService } from "./test-scenarios";

describe("incomplete price data (no ALB rate for sa-east-1 in the snapshot)", () => {
  const a = analyzeScenario(oneService(4, { region: "sa-east-1", extras: { loadBalancers: { count: 1 } } }), book);

  it("TCO is still given, marked incomplete, with the missing rate", () => {
    for (const t of a.tco) {
      expect(t.status).toBe("incomplete");
      expect(t.missingRates.map((m) => m.usage)).toContain("elb/alb/hours");
      expect(t.monthlyUsd).not.toBeNull();
    }
  });

  it("break-even does not compare lower bounds: every pattern is skipped with the missing usage", () => {
    expect(a.breakEven.pairs).toEqual([]);
    // the EC2 patterns also miss the default m6i.xlarge and gp3 rates: the snapshot has no EC2 or EBS rate for sa-east-1
    expect(a.breakEven.skipped.map((s) => s.reason)).toEqual([
      // and the internet-facing ALB's public IPv4 (issue 15): no sa-east-1 IPv4 rate
      "incomplete: elb/alb/hours, vpc/public-ipv4/hours missing",
      "incomplete: ec2/on-demand/linux/m6i.xlarge, ebs/gp3/gb-months, elb/alb/hours, vpc/public-ipv4/hours missing",
      "incomplete: elb/alb/hours, vpc/public-ipv4/hours missing",
      "incomplete: ec2/on-demand/linux/m6i.xlarge, ebs/gp3/gb-months, elb/alb/hours, vpc/public-ipv4/hours missing",
      // ECS Managed Instances and EKS Auto Mode: the same EC2 gap (their fee rule needs the On-Demand rate too)
      "incomplete: ec2/on-demand/linux/m6i.xlarge, ebs/gp3/gb-months, elb/alb/hours, vpc/public-ipv4/hours missing",
      "incomplete: ec2/on-demand/linux/m6i.xlarge, ebs/gp3/gb-months, elb/alb/hours, vpc/public-ipv4/hours missing",
    ]);
  });

  it("the recommendation never rests on a lower bound: every pattern misses a rate here, so none is recommended and each is named as a lower bound", () => {
    expect(a.recommendation.pattern).toBeNull();
    expect(a.recommendation.reasons[0]).toBe("no pattern that can run this workload is fully priced");
    expect(
      a.recommendation.reasons.filter((r) =>
        /is not ranked: \d rate\(s\) missing, so its TCO of at least \$[\d,.]+\/month is a lower bound/.test(r),
      ),
    ).toHaveLength(6);
    expect(a.recommendation.wouldChange).toEqual(["a price snapshot with the missing rates (costcalc prices refresh), or another region"]);
  });

  it("sensitivity switch points are not computed from lower bounds (no fully priced candidate → no switch)", () => {
    for (const row of a.sensitivity) expect([row.switchAbove, row.switchBelow, row.cheapestAtBaseline]).toEqual([null, null, null]);
  });
});

describe("a lower bound is never favoured (Windows in us-east-1 on m7i.large: no Windows rate for that type in the snapshot)", () => {
  // Without the instance rate ECS on EC2's bill is only its root volume, so its lower-bound TCO at low ops
  // hours undercuts ECS on Fargate's full $300.10 bill — it used to be named "cheapest at low ops hours".
  // (issue 15 added derived Windows rates for m5/m6i/c6i/r6i only, ec2_ondemand_windows_selected.csv; m7i has none)
  const a = analyzeScenario(
    {
      name: "w",
      region: "us-east-1",
      services: [{ name: "legacy", taskCount: 2, vcpu: 2, memoryGib: 4, os: "windows" }],
      ec2: { instanceType: "m7i.xlarge" },
    },
    book,
  );

  it("ECS on EC2 is incomplete, so neither recommended nor cheapest at any band nor a sensitivity switch target", () => {
    expect(a.tco.find((t) => t.patternId === "ecs-ec2")?.status).toBe("incomplete");
    expect(a.recommendation.pattern).toBe("ecs-fargate");
    expect(a.recommendation.cheapestByLevel).toEqual({ low: "ecs-fargate", typical: "ecs-fargate", high: "ecs-fargate" });
    expect(a.sensitivity.flatMap((r) => [r.switchAbove?.to, r.switchBelow?.to]).filter(Boolean)).toEqual([]);
  });
});
