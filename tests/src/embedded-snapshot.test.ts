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
    { label: "Fargate Linux/x86 vCPU, us-east-1 (S2 offer file)", region: "us-east-1", usage: "fargate/on-demand/linux-x86/vcpu-hours", price: "0.04048" },
    { label: "Fargate ARM GB, us-east-1 (S2)", region: "us-east-1", usage: "fargate/on-demand/linux-arm/gb-hours", price: "0.00356" },
    { label: "Fargate Windows OS licence (S2)", region: "us-east-1", usage: "fargate/on-demand/windows-x86/os-license-vcpu-hours", price: "0.046" },
    { label: "Fargate vCPU Tokyo (S7)", region: "ap-northeast-1", usage: "fargate/on-demand/linux-x86/vcpu-hours", price: "0.05056" },
    { label: "EKS standard support, Sydney (S6)", region: "ap-southeast-2", usage: "eks/cluster-hours/standard", price: "0.10" },
    { label: "EKS extended surcharge (S7, S9)", region: "eu-west-1", usage: "eks/cluster-hours/extended-support-surcharge", price: "0.50" },
    { label: "m5.large on-demand (S5 Karpenter list)", region: "us-east-1", usage: "ec2/on-demand/linux/m5.large", price: "0.096000" },
    { label: "m7g.large, dated 2026-09-09 row overrides the July list (S7)", region: "us-east-1", usage: "ec2/on-demand/linux/m7g.large", price: "0.0816" },
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
