import { describe, expect, it } from "vitest";
import { analyzeScenario } from "./analyze-scenario";
import { book, oneService } from "./test-scenarios";

describe("incomplete price data (no ALB rate for ap-northeast-1 in the snapshot)", () => {
  const a = analyzeScenario(oneService(4, { region: "ap-northeast-1", extras: { loadBalancers: { count: 1 } } }), book);

  it("TCO is still given, marked incomplete, with the missing rate", () => {
    for (const t of a.tco) {
      expect(t.status).toBe("incomplete");
      expect(t.missingRates.map((m) => m.usage)).toContain("elb/alb/hours");
      expect(t.monthlyUsd).not.toBeNull();
    }
  });

  it("break-even does not compare lower bounds: every pattern is skipped with the missing usage", () => {
    expect(a.breakEven.pairs).toEqual([]);
    // the EC2 patterns also miss the default m6i.xlarge rate in this snapshot's Tokyo data
    expect(a.breakEven.skipped.map((s) => s.reason)).toEqual([
      // and the ALB's public IPv4 (internet-facing by default, one address per AZ): no Tokyo IPv4 rate either
      "incomplete: elb/alb/hours, vpc/public-ipv4/hours missing", "incomplete: ec2/on-demand/linux/m6i.xlarge, elb/alb/hours, vpc/public-ipv4/hours missing",
      "incomplete: elb/alb/hours, vpc/public-ipv4/hours missing", "incomplete: ec2/on-demand/linux/m6i.xlarge, elb/alb/hours, vpc/public-ipv4/hours missing",
    ]);
  });

  it("the recommendation says its total is a lower bound", () => {
    expect(a.recommendation.reasons.join("\n")).toMatch(/incomplete: 2 rate\(s\) missing, so its total is a lower bound/);
  });
});
