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
      "incomplete: elb/alb/hours missing", "incomplete: ec2/on-demand/linux/m6i.xlarge, ebs/gp3/gb-months, elb/alb/hours missing",
      "incomplete: elb/alb/hours missing", "incomplete: ec2/on-demand/linux/m6i.xlarge, ebs/gp3/gb-months, elb/alb/hours missing",
    ]);
  });

  it("the recommendation says its total is a lower bound", () => {
    expect(a.recommendation.reasons.join("\n")).toMatch(/incomplete: 1 rate\(s\) missing, so its total is a lower bound/);
  });
});
