import { usageKeys, type InstanceSpec, type Rate } from "@repo/core";
import { firstDate } from "./csv";

export const SELECTED_ITEMS: Record<string, { usage: string; unit: Rate["unit"]; service: Rate["service"] }> = {
  ebs_gp3_storage: { usage: usageKeys.ebsGbMonths("gp3"), unit: "GB-month", service: "AmazonEC2" },
  ebs_gp2_storage: { usage: usageKeys.ebsGbMonths("gp2"), unit: "GB-month", service: "AmazonEC2" },
  alb_hour: { usage: usageKeys.albHours(), unit: "hour", service: "AWSELB" },
  alb_lcu_hour: { usage: usageKeys.albLcuHours(), unit: "LCU-hour", service: "AWSELB" },
  public_ipv4_in_use: { usage: usageKeys.publicIpv4Hours(), unit: "IP-hour", service: "AmazonVPC" },
  nat_gateway_hour: { usage: usageKeys.natGatewayHours(), unit: "hour", service: "AmazonEC2" },
  nat_gateway_data: { usage: usageKeys.natGatewayGb(), unit: "GB", service: "AmazonEC2" },
};

/** derived/ec2_ondemand_linux_us-east-1_karpenter_*.csv (S5) → on-demand Linux instance-hour rates. */
export function ec2OnDemandRates(rows: readonly Record<string, string>[]): Rate[] {
  return rows.map((row) => ({
    service: "AmazonEC2",
    region: row.region ?? "",
    usage: usageKeys.ec2InstanceHours(row.instance_type ?? "", "linux"),
    priceUsd: row.usd_per_hour ?? "",
    unit: "instance-hour",
    description: `${row.instance_type} Linux on-demand (${row.tenancy} tenancy)`,
    sourceId: "S5",
    asOf: firstDate(row.generated_at ?? ""),
  }));
}

/**
 * derived/ec2_ebs_elb_vpc_rates_selected.csv → instance, EBS, ALB, IPv4 and NAT rates. Later, dated
 * instance rows here override the Karpenter list (the caller applies them after it).
 */
export function selectedRates(rows: readonly Record<string, string>[]): { rates: Rate[]; skipped: string[] } {
  const rates: Rate[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const item = row.item ?? "";
    const known = SELECTED_ITEMS[item];
    const isInstance = item.includes(".");
    if (!known && !isInstance) {
      skipped.push(`ec2_ebs_elb_vpc_rates_selected.csv: ${row.region} ${item}`);
      continue;
    }
    rates.push({
      service: known?.service ?? "AmazonEC2",
      region: row.region ?? "",
      usage: known?.usage ?? usageKeys.ec2InstanceHours(item, "linux"),
      priceUsd: row.usd ?? "",
      unit: known?.unit ?? "instance-hour",
      description: isInstance ? `${item} Linux on-demand` : `${item} (${row.unit})`,
      sourceId: row.source_id ?? "",
      asOf: firstDate(row.price_as_of ?? ""),
    });
  }
  return { rates, skipped };
}

/** derived/ec2_instance_specs.csv → the instance catalog. */
export function instanceSpecs(rows: readonly Record<string, string>[]): InstanceSpec[] {
  const int = (value: string | undefined): number => Number.parseInt(value ?? "", 10);
  return rows.map((row) => ({
    instanceType: row.instance_type ?? "",
    vcpu: int(row.vcpu),
    memoryGib: row.memory_gib ?? "",
    architecture: row.architecture === "arm64" ? "arm64" : "x86_64",
    gpuCount: int(row.gpu_count),
    maxEnis: int(row.max_enis),
    ipv4PerEni: int(row.ipv4_per_eni),
    eksMaxPods: int(row.eks_max_pods),
    sourceId: row.source_id ?? "",
  }));
}
