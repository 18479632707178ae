import type { PriceBook } from "../price-book/price-book";
import { usageKeys } from "../price-book/usage-keys";
import { AWS_REGIONS, type AwsRegion } from "./aws-regions";

/**
 * The rate groups a region's coverage is reported in (`costcalc prices coverage`, the docs table, the
 * web's region picker). A group is "full" when the price book has every usage key listed, "partial"
 * when it has some, "none" otherwise. `plain` marks the groups a plain workload needs (x86 and ARM
 * services, an ALB, a NAT gateway, EC2 nodes with gp3 root volumes and public IPv4, an EKS cluster).
 */
export const COVERAGE_GROUPS = [
  { id: "fargate-x86", plain: true, usages: [usageKeys.fargateVcpuHours("linux-x86"), usageKeys.fargateGbHours("linux-x86")] },
  { id: "fargate-arm", plain: true, usages: [usageKeys.fargateVcpuHours("linux-arm"), usageKeys.fargateGbHours("linux-arm")] },
  {
    id: "fargate-windows",
    plain: false,
    usages: [
      usageKeys.fargateVcpuHours("windows-x86"),
      usageKeys.fargateGbHours("windows-x86"),
      usageKeys.fargateWindowsLicenseVcpuHours(),
    ],
  },
  {
    id: "fargate-spot",
    plain: false,
    usages: [usageKeys.fargateVcpuHours("linux-x86", "spot"), usageKeys.fargateGbHours("linux-x86", "spot")],
  },
  {
    id: "fargate-savings-plan",
    plain: false,
    usages: [
      usageKeys.fargateVcpuHours("linux-x86", "savings-plan-1y-no-upfront"),
      usageKeys.fargateGbHours("linux-x86", "savings-plan-1y-no-upfront"),
    ],
  },
  { id: "eks", plain: true, usages: [usageKeys.eksClusterHours()] },
  { id: "alb", plain: true, usages: [usageKeys.albHours(), usageKeys.albLcuHours()] },
  { id: "nat", plain: true, usages: [usageKeys.natGatewayHours(), usageKeys.natGatewayGb()] },
  { id: "ipv4", plain: true, usages: [usageKeys.publicIpv4Hours()] },
  { id: "ebs", plain: true, usages: [usageKeys.ebsGbMonths("gp3")] },
] as const;
export type CoverageGroupId = (typeof COVERAGE_GROUPS)[number]["id"];
export type GroupCoverage = "full" | "partial" | "none";

export type RegionCoverage = {
  region: AwsRegion;
  groups: Record<CoverageGroupId, GroupCoverage>;
  /** EC2 On-Demand Linux instance types priced in the region (the region's EC2 catalog). */
  ec2LinuxTypes: number;
  /** Rates outside the groups above (Windows EC2, data transfer, logs, … — the newer bill lines). */
  otherRates: number;
  /** The plain-workload groups that are not full (EC2 counts as missing with no priced type). */
  plainMissing: string[];
  /** complete = a plain workload is fully priced; partial = some rates; none = no rate at all. */
  status: "complete" | "partial" | "none";
};

const EC2_LINUX = "ec2/on-demand/linux/";

/**
 * Coverage of every AWS region in a price book, in the region table's order.
 * @example priceCoverage(embeddedPriceBook()).find((c) => c.region.code === "ap-northeast-1")?.status //=> "complete"
 */
export function priceCoverage(book: PriceBook): RegionCoverage[] {
  const grouped = new Set<string>(COVERAGE_GROUPS.flatMap((g) => [...g.usages]));
  return AWS_REGIONS.map((region) => {
    const rates = book.ratesIn(region.code);
    const have = new Set(rates.map((r) => r.usage));
    const groups = Object.fromEntries(
      COVERAGE_GROUPS.map((g) => {
        const count = g.usages.filter((u) => have.has(u)).length;
        return [g.id, count === g.usages.length ? "full" : count > 0 ? "partial" : "none"];
      }),
    ) as Record<CoverageGroupId, GroupCoverage>;
    const ec2LinuxTypes = rates.filter((r) => r.usage.startsWith(EC2_LINUX)).length;
    const otherRates = rates.filter((r) => !grouped.has(r.usage) && !r.usage.startsWith(EC2_LINUX)).length;
    const plainMissing: string[] = COVERAGE_GROUPS.filter((g) => g.plain && groups[g.id] !== "full").map((g) => g.id);
    if (ec2LinuxTypes === 0) plainMissing.push("ec2");
    const status = rates.length === 0 ? "none" : plainMissing.length === 0 ? "complete" : "partial";
    return { region, groups, ec2LinuxTypes, otherRates, plainMissing, status };
  });
}
