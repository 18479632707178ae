import { usageKeys, type Rate } from "@repo/core";

/** Usage keys every priced region should have (instance types vary by region, so they are not listed). */
const EXPECTED_ON_DEMAND = [
  usageKeys.fargateVcpuHours("linux-x86"),
  usageKeys.fargateGbHours("linux-x86"),
  usageKeys.fargateVcpuHours("linux-arm"),
  usageKeys.fargateGbHours("linux-arm"),
  usageKeys.fargateEphemeralStorageGbHours(),
  usageKeys.eksClusterHours(),
  usageKeys.eksExtendedSupportSurchargeHours(),
  usageKeys.ebsGbMonths("gp3"),
  usageKeys.albHours(),
  usageKeys.albLcuHours(),
  usageKeys.natGatewayHours(),
  usageKeys.natGatewayGb(),
  usageKeys.publicIpv4Hours(),
];

/**
 * One warning per region listing the expected rates the refresh did not find. Not an error: the
 * estimate reports them as missing (pattern "incomplete") — but the person refreshing should know.
 * @example checkCoverage([], ["us-east-1"], false) //=> ["us-east-1: no rate for fargate/on-demand/linux-x86/vcpu-hours, …"]
 */
export function checkCoverage(rates: readonly Rate[], regions: readonly string[], withSpot: boolean): string[] {
  const have = new Set(rates.map((r) => `${r.region}|${r.usage}`));
  const expected = withSpot ? [...EXPECTED_ON_DEMAND, usageKeys.fargateVcpuHours("linux-x86", "spot")] : EXPECTED_ON_DEMAND;
  const warnings: string[] = [];
  for (const region of regions) {
    const missing = expected.filter((usage) => !have.has(`${region}|${usage}`));
    const ec2 = rates.some((r) => r.region === region && r.usage.startsWith("ec2/on-demand/"));
    if (!ec2) missing.push("ec2/on-demand/linux/*");
    if (missing.length) warnings.push(`${region}: no rate for ${missing.join(", ")}`);
  }
  return warnings;
}
