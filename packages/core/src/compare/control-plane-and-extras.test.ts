import { describe, expect, it } from "vitest";
import { lineUsd, totalUsd, usEast1 } from "./test-helpers";

const tiny = [{ name: "web", taskCount: 1, vcpu: 0.25, memoryGib: 0.5 }];

// eks_rates.csv (S7, S9): $0.10 per cluster-hour; extended support adds $0.50 per cluster-hour.
describe("control plane", () => {
  it("ECS has no control-plane line at all (S1, S2: ECS metering SKUs are $0)", () => {
    const c = usEast1(tiny);
    for (const id of ["ecs-fargate", "ecs-ec2"] as const) {
      expect(c.patterns.find((p) => p.id === id)?.lines.some((l) => l.category === "control-plane")).toBe(false);
    }
  });
  it("EKS standard support: 1 cluster × 730 h × $0.10 = $73", () => {
    expect(lineUsd(usEast1(tiny), "eks-ec2", "shared:eks-cluster")).toBe("73");
  });
  it("EKS extended support: 2 clusters pay 2 × 730 × ($0.10 + $0.50) = $876", () => {
    const c = usEast1(tiny, { eks: { clusterCount: 2, supportTier: "extended" } });
    expect(lineUsd(c, "eks-fargate", "shared:eks-cluster")).toBe("146");
    expect(lineUsd(c, "eks-fargate", "shared:eks-extended-support")).toBe("730");
  });
});

// ec2_ebs_elb_vpc_rates_selected.csv, us-east-1 (S11, S7, S8): ALB $0.0225/h, LCU $0.008/h, NAT $0.045/h and $0.045/GB.
describe("shared extras are billed identically on every pattern", () => {
  const c = usEast1(tiny, {
    extras: { loadBalancers: { count: 1, averageLcuPerHour: 2 }, natGateways: { count: 2, monthlyDataProcessedGb: 100 } },
  });
  it.each([
    { line: "shared:alb-hours", usd: "16.425", why: "1 × 730 × 0.0225" },
    { line: "shared:alb-lcu", usd: "11.68", why: "730 × 2 LCU × 0.008" },
    { line: "shared:nat-hours", usd: "65.7", why: "2 × 730 × 0.045" },
    { line: "shared:nat-data", usd: "4.5", why: "100 GB × 0.045" },
    // issue 15: internet-facing ALB = 1 IPv4 per AZ (2 by default), each NAT gateway 1 Elastic IP; $0.005/IP-hour (S40)
    { line: "shared:alb-public-ipv4", usd: "7.3", why: "1 ALB × 2 AZs × 730 × 0.005" },
    { line: "shared:nat-public-ipv4", usd: "7.3", why: "2 gateways × 1 EIP × 730 × 0.005" },
  ])("$line = $usd ($why)", ({ line, usd }) => {
    for (const id of ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const) expect(lineUsd(c, id, line)).toBe(usd);
  });
  it("ECS on Fargate total = task (730 × (0.25 × 0.04048 + 0.5 × 0.004445) = 9.010025) + extras (98.305 + 2 × 7.30 IPv4)", () => {
    expect(totalUsd(c, "ecs-fargate")).toBe("121.915025");
  });
});
