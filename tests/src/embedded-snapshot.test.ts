import { PriceSnapshotSchema } from "@repo/core";
import { buildEmbeddedSnapshot, readSharedSources } from "@repo/pricing";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { awsPricingDir, repoPath } from "./fixture-paths";

const committed = PriceSnapshotSchema.parse(
  JSON.parse(readFileSync(repoPath("packages/core/src/snapshot/embedded-snapshot.json"), "utf8")),
);

describe("embedded snapshot", () => {
  it("is exactly what the builder makes from shared/data/aws-pricing (no hand edits, no drift)", () => {
    const { snapshot } = buildEmbeddedSnapshot(readSharedSources(awsPricingDir()));
    expect(committed).toEqual(snapshot);
  });

  it("holds every instance type of the Karpenter us-east-1 list (S5: 1,367 types) with specs", () => {
    const ec2 = committed.rates.filter((r) => r.region === "us-east-1" && r.usage.startsWith("ec2/on-demand/linux/"));
    expect(ec2).toHaveLength(1367);
    expect(committed.instanceTypes).toHaveLength(1367);
  });

  it("carries source id and as-of date on every rate", () => {
    for (const rate of committed.rates) {
      expect(rate.sourceId, rate.usage).toMatch(/^S\d+(;S\d+)*$/);
      expect(rate.asOf, rate.usage).toMatch(/^(\d{4}-\d{2}(-\d{2})?|undated)$/);
    }
  });

  it.each([
    {
      label: "Fargate Linux/x86 vCPU, us-east-1 (S2 offer file)",
      region: "us-east-1",
      usage: "fargate/on-demand/linux-x86/vcpu-hours",
      price: "0.04048",
    },
    { label: "Fargate ARM GB, us-east-1 (S2)", region: "us-east-1", usage: "fargate/on-demand/linux-arm/gb-hours", price: "0.00356" },
    {
      label: "Fargate Windows OS licence (S2)",
      region: "us-east-1",
      usage: "fargate/on-demand/windows-x86/os-license-vcpu-hours",
      price: "0.046",
    },
    { label: "Fargate vCPU Tokyo (S7)", region: "ap-northeast-1", usage: "fargate/on-demand/linux-x86/vcpu-hours", price: "0.05056" },
    { label: "EKS standard support, Sydney (S6)", region: "ap-southeast-2", usage: "eks/cluster-hours/standard", price: "0.10" },
    { label: "EKS extended surcharge (S7, S9)", region: "eu-west-1", usage: "eks/cluster-hours/extended-support-surcharge", price: "0.50" },
    { label: "m5.large on-demand (S5 Karpenter list)", region: "us-east-1", usage: "ec2/on-demand/linux/m5.large", price: "0.096000" },
    {
      label: "m7g.large, dated 2026-09-09 row overrides the July list (S7)",
      region: "us-east-1",
      usage: "ec2/on-demand/linux/m7g.large",
      price: "0.0816",
    },
    { label: "gp3 GB-month us-east-1 (S14)", region: "us-east-1", usage: "ebs/gp3/gb-months", price: "0.08" },
    { label: "public IPv4 per hour (S7, S8, S14)", region: "us-east-1", usage: "vpc/public-ipv4/hours", price: "0.005" },
  ])("$label → $price", ({ region, usage, price }) => {
    expect(committed.rates.find((r) => r.region === region && r.usage === usage)?.priceUsd).toBe(price);
  });

  it("has no on-demand Fargate rate for ap-south-2, whose source lists only Spot (SOURCES.md)", () => {
    const rates = committed.rates.filter((r) => r.region === "ap-south-2");
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.some((r) => r.usage.startsWith("fargate/on-demand/"))).toBe(false);
  });
});

describe("embedded snapshot: every region the shared data prices (issue 14)", () => {
  const rate = (region: string, usage: string) => committed.rates.find((r) => r.region === region && r.usage === usage);

  it.each([
    {
      label: "Tokyo ALB hour, APN1-LoadBalancerUsage (S34, read 2026-08-27, secondary)",
      region: "ap-northeast-1",
      usage: "elb/alb/hours",
      price: "0.0243",
      asOf: "2026-08-27",
      confidence: "secondary",
      usageType: "APN1-LoadBalancerUsage",
    },
    {
      label: "Tokyo LCU (S34)",
      region: "ap-northeast-1",
      usage: "elb/alb/lcu-hours",
      price: "0.008",
      asOf: "2026-08-27",
      confidence: "secondary",
      usageType: "APN1-LCUUsage",
    },
    {
      label: "Tokyo NAT data, APN1-NatGateway-Bytes (S35, 2026-09-25)",
      region: "ap-northeast-1",
      usage: "vpc/nat-gateway/gb-processed",
      price: "0.062",
      asOf: "2026-09-25",
      confidence: "secondary",
      usageType: "APN1-NatGateway-Bytes",
    },
    {
      label: "Tokyo public IPv4 (S35)",
      region: "ap-northeast-1",
      usage: "vpc/public-ipv4/hours",
      price: "0.005",
      asOf: "2026-09-25",
      confidence: "secondary",
      usageType: "APN1-PublicIPv4:InUseAddress",
    },
    {
      label: "Tokyo NAT hour: the dated S7 Bulk API read (2026-09-09) wins over S35's equal value",
      region: "ap-northeast-1",
      usage: "vpc/nat-gateway/hours",
      price: "0.062",
      asOf: "2026-09-09",
      confidence: "primary",
      usageType: undefined,
    },
    {
      label: "Tokyo m7i.large from the undated S33 list (= S43's 0.1302)",
      region: "ap-northeast-1",
      usage: "ec2/on-demand/linux/m7i.large",
      price: "0.1302",
      asOf: "undated",
      confidence: "secondary",
      usageType: undefined,
    },
    {
      label: "us-west-2 m5.large from S33, undated",
      region: "us-west-2",
      usage: "ec2/on-demand/linux/m5.large",
      price: "0.096",
      asOf: "undated",
      confidence: "secondary",
      usageType: undefined,
    },
    {
      label: "Singapore NAT data from a real May-2025 bill (S37, primary)",
      region: "ap-southeast-1",
      usage: "vpc/nat-gateway/gb-processed",
      price: "0.059",
      asOf: "2025-05",
      confidence: "primary",
      usageType: undefined,
    },
    {
      label: "Ireland NAT from a Go test fixture: undated, low confidence (S38)",
      region: "eu-west-1",
      usage: "vpc/nat-gateway/hours",
      price: "0.048",
      asOf: "undated",
      confidence: "low",
      usageType: "EU-NatGateway-Hours",
    },
  ])("$label", ({ region, usage, price, asOf, confidence, usageType }) => {
    const found = rate(region, usage);
    expect(found?.priceUsd).toBe(price);
    expect(found?.asOf).toBe(asOf);
    expect(found?.confidence).toBe(confidence);
    expect(found?.usageType).toBe(usageType);
  });

  it("us-east-1 keeps the Karpenter list where S33 differs (m7i.metal-24xl: S5 5.32224, S33 4.8384 mixes in Host tenancy)", () => {
    expect(rate("us-east-1", "ec2/on-demand/linux/m7i.metal-24xl")?.priceUsd).toBe("5.322240");
  });

  it("the EC2 catalog of each S33 region is the types priced there (SOURCES.md counts; Tokyo adds S7's c7g.large, r7g.xlarge, m7g.2xlarge)", () => {
    const count = (region: string) =>
      committed.rates.filter((r) => r.region === region && r.usage.startsWith("ec2/on-demand/linux/")).length;
    expect({ apne1: count("ap-northeast-1"), usw2: count("us-west-2"), euw1: count("eu-west-1"), apne3: count("ap-northeast-3") }).toEqual({
      apne1: 87 + 3,
      usw2: 86,
      euw1: 82,
      apne3: 60,
    });
    expect(count("ap-southeast-1")).toBeGreaterThanOrEqual(86);
  });

  it("every rate carries a confidence and the register gives one per source", () => {
    for (const r of committed.rates) expect(["primary", "secondary", "low"], `${r.region} ${r.usage}`).toContain(r.confidence);
    expect(committed.sources.S33?.confidence).toBe("secondary");
    expect(committed.sources.S38?.confidence).toBe("low");
    expect(committed.sources.S7?.confidence).toBe("primary");
  });
});
