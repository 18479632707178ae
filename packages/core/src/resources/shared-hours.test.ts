import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";

const book = embeddedPriceBook();
const app = [{ name: "app", taskCount: 1, vcpu: 1, memoryGib: 2 }];
const line = (input: object, pattern: string, id: string) =>
  estimateScenario({ region: "us-east-1", services: app, ...input } as never, book)
    .patterns.find((p) => p.id === pattern)!
    .lines.find((l) => l.id === id);

describe("hours per month of shared resources (issue 13, item 7)", () => {
  it.each([
    {
      label: "a 24-hour load test's ALB: 1 × 24 h × $0.0225 (S11) = $0.54",
      input: { extras: { loadBalancers: { count: 1, hoursPerMonth: 24 } } },
      id: "shared:alb-hours",
      usd: "0.54",
    },
    {
      label: "its LCUs follow the same hours: 24 h × 2 LCU × $0.008 = $0.384",
      input: { extras: { loadBalancers: { count: 1, hoursPerMonth: 24, averageLcuPerHour: 2 } } },
      id: "shared:alb-lcu",
      usd: "0.384",
    },
    {
      label: "a NAT gateway of a 2-week environment: 336 h × $0.045 (S7) = $15.12",
      input: { extras: { natGateways: { count: 1, hoursPerMonth: 336 } } },
      id: "shared:nat-hours",
      usd: "15.12",
    },
    {
      label: "the default is 730 h: 1 ALB × 730 × $0.0225 = $16.425",
      input: { extras: { loadBalancers: { count: 1 } } },
      id: "shared:alb-hours",
      usd: "16.425",
    },
  ])("$label", ({ input, id, usd }) => {
    expect(line(input, "ecs-fargate", id)?.monthlyUsd.toFixed()).toBe(usd);
  });

  it("an EKS cluster that exists 2 weeks a month: 336 h × $0.10 (S7) = $33.60", () => {
    expect(line({ eks: { hoursPerMonth: 336 } }, "eks-fargate", "shared:eks-cluster")?.monthlyUsd.toFixed()).toBe("33.6");
  });

  it("per-cluster support tier: 1 standard + 7 extended clusters = 8 × 730 × $0.10 + 7 × 730 × $0.50 surcharge (S7, S9)", () => {
    const input = { eks: { clusters: [{ count: 1 }, { count: 7, supportTier: "extended" }] } };
    const cluster = line(input, "eks-ec2", "shared:eks-cluster");
    const surcharge = line(input, "eks-ec2", "shared:eks-extended-support");
    expect([cluster?.quantity.toFixed(), cluster?.monthlyUsd.toFixed()]).toEqual(["5840", "584"]);
    expect([surcharge?.quantity.toFixed(), surcharge?.monthlyUsd.toFixed()]).toEqual(["5110", "2555"]);
    expect(surcharge?.detail).toBe("7 cluster(s) × 730 h (extended)");
  });

  it("hours above 744 (a 31-day month) are bad input naming the field", () => {
    expect(() => line({ extras: { natGateways: { count: 1, hoursPerMonth: 800 } } }, "ecs-fargate", "shared:nat-hours")).toThrow(
      /natGateways\.hoursPerMonth/,
    );
  });
});
