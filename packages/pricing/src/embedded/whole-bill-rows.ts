import { GLOBAL_REGION, usageKeys, type Rate } from "@repo/core";
import { firstDate } from "./csv";

type Mapping = { usage: string; unit: Rate["unit"]; service: Rate["service"]; global?: boolean };

const ebsGp3Iops: Mapping = { usage: usageKeys.gp3IopsMonths(), unit: "IOPS-month", service: "AmazonEC2" };
const ebsGp3Throughput: Mapping = { usage: usageKeys.gp3ThroughputMibpsMonths(), unit: "MBps-month", service: "AmazonEC2" };
const endpointHour: Mapping = { usage: usageKeys.vpcEndpointAzHours(), unit: "endpoint-AZ-hour", service: "AmazonVPC" };
const endpointData: Mapping = { usage: usageKeys.vpcEndpointGb(), unit: "GB", service: "AmazonVPC" };
const snapshot: Mapping = { usage: usageKeys.ebsSnapshotGbMonths(), unit: "GB-month", service: "AmazonEC2" };
const share = (plan: Parameters<typeof usageKeys.supportShare>[0], tier: number): Mapping => ({
  usage: usageKeys.supportShare(plan, tier),
  unit: "USD",
  service: "AWSSupport",
  global: true,
});
const minimum = (plan: Parameters<typeof usageKeys.supportMinimum>[0]): Mapping => ({
  usage: usageKeys.supportMinimum(plan),
  unit: "month",
  service: "AWSSupport",
  global: true,
});

/** derived/container_bill_extras_rates.csv items the model prices (S39-S59); other items are reported as skipped. */
const EXTRAS_ITEMS: Record<string, Mapping> = {
  dt_out_internet_tier1_first_10TB: { usage: usageKeys.internetEgressGb(1), unit: "GB", service: "AWSDataTransfer" },
  dt_out_internet_tier2_next_40TB: { usage: usageKeys.internetEgressGb(2), unit: "GB", service: "AWSDataTransfer" },
  dt_out_internet_tier3_next_100TB: { usage: usageKeys.internetEgressGb(3), unit: "GB", service: "AWSDataTransfer" },
  dt_out_internet_tier4_over_150TB: { usage: usageKeys.internetEgressGb(4), unit: "GB", service: "AWSDataTransfer" },
  dt_inter_az_same_region: { usage: usageKeys.crossAzGb(), unit: "GB", service: "AWSDataTransfer" },
  dt_inter_region_out_other_regions: { usage: usageKeys.interRegionEgressGb(), unit: "GB", service: "AWSDataTransfer" },
  vpc_interface_endpoint_hour: endpointHour,
  vpc_interface_endpoint_data_tier1: endpointData,
  public_ipv4_in_use: { usage: usageKeys.publicIpv4Hours(), unit: "IP-hour", service: "AmazonVPC" },
  logs_ingestion_standard: { usage: usageKeys.logIngestionGb("standard"), unit: "GB", service: "AmazonCloudWatch" },
  logs_ingestion_infrequent_access: { usage: usageKeys.logIngestionGb("infrequent-access"), unit: "GB", service: "AmazonCloudWatch" },
  logs_storage: { usage: usageKeys.logStorageGbMonths(), unit: "GB-month", service: "AmazonCloudWatch" },
  container_insights_enhanced_observability: {
    usage: usageKeys.containerInsightsMillionObservations(),
    unit: "million-observations",
    service: "AmazonCloudWatch",
  },
  ecr_private_storage: { usage: usageKeys.ecrStorageGbMonths(), unit: "GB-month", service: "AmazonECR" },
  nlb_hour: { usage: usageKeys.nlbHours(), unit: "hour", service: "AWSELB" },
  ebs_snapshot_standard: snapshot,
  ebs_gp3_iops_over_3000: ebsGp3Iops,
  ebs_gp3_throughput_over_125MBps: ebsGp3Throughput,
  ebs_gp2_storage: { usage: usageKeys.ebsGbMonths("gp2"), unit: "GB-month", service: "AmazonEC2" },
  developer_pct: share("developer", 1),
  developer_minimum: minimum("developer"),
  business_pct_tier1: share("business", 1),
  business_pct_tier2: share("business", 2),
  business_pct_tier3: share("business", 3),
  business_pct_tier4: share("business", 4),
  business_minimum: minimum("business"),
  enterprise_on_ramp_pct: share("enterprise-on-ramp", 1),
  enterprise_on_ramp_minimum: minimum("enterprise-on-ramp"),
  enterprise_pct_tier1: share("enterprise", 1),
  enterprise_pct_tier2: share("enterprise", 2),
  enterprise_pct_tier3: share("enterprise", 3),
  enterprise_pct_tier4: share("enterprise", 4),
  enterprise_minimum: minimum("enterprise"),
  // EKS Provisioned Control Plane tiers, per cluster-hour (S40: USE1-AmazonEKS-Hours:<tier>-ProvisionedTier; issue 16)
  provisioned_control_plane_xl: { usage: usageKeys.eksProvisionedControlPlaneHours("xl"), unit: "cluster-hour", service: "AmazonEKS" },
  provisioned_control_plane_2xl: { usage: usageKeys.eksProvisionedControlPlaneHours("2xl"), unit: "cluster-hour", service: "AmazonEKS" },
  provisioned_control_plane_4xl: { usage: usageKeys.eksProvisionedControlPlaneHours("4xl"), unit: "cluster-hour", service: "AmazonEKS" },
  provisioned_control_plane_8xl: { usage: usageKeys.eksProvisionedControlPlaneHours("8xl"), unit: "cluster-hour", service: "AmazonEKS" },
};

/** Items of regional_network_storage_rates.csv and ec2_ebs_elb_vpc_rates_selected.csv this reader owns (issue 15). */
const REGIONAL_ITEMS: Record<string, Mapping> = {
  vpc_interface_endpoint_hour: endpointHour,
  vpc_interface_endpoint_data: endpointData,
  ebs_gp3_iops_over_3000: ebsGp3Iops,
  ebs_gp3_throughput_over_125MBps: ebsGp3Throughput,
  ebs_snapshot_standard: snapshot,
  nlb_nlcu_hour: { usage: usageKeys.nlbNlcuHours(), unit: "NLCU-hour", service: "AWSELB" },
  ebs_io2_storage: { usage: usageKeys.ebsGbMonths("io2"), unit: "GB-month", service: "AmazonEC2" },
  ebs_io2_iops_up_to_32000: { usage: usageKeys.io2IopsMonths(1), unit: "IOPS-month", service: "AmazonEC2" },
  ebs_io2_iops_32001_to_64000: { usage: usageKeys.io2IopsMonths(2), unit: "IOPS-month", service: "AmazonEC2" },
  ebs_io2_iops_over_64000: { usage: usageKeys.io2IopsMonths(3), unit: "IOPS-month", service: "AmazonEC2" },
};

function toRate(row: Record<string, string>, known: Mapping): Rate {
  const note = row.note ? `; ${row.note}` : "";
  return {
    service: known.service,
    region: known.global ? GLOBAL_REGION : (row.region ?? ""),
    usage: known.usage,
    priceUsd: row.usd ?? "",
    unit: known.unit,
    description: `${row.item} (${row.unit})${note}`.slice(0, 400),
    sourceId: row.source_id ?? "",
    asOf: firstDate(row.price_as_of ?? ""),
  };
}

/** container_bill_extras_rates.csv → data transfer, endpoint, logs, Container Insights, ECR, NLB, EBS and Support rates. */
export function containerBillExtrasRates(rows: readonly Record<string, string>[]): { rates: Rate[]; skipped: string[] } {
  const rates: Rate[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const known = EXTRAS_ITEMS[row.item ?? ""];
    if (known) rates.push(toRate(row, known));
    else skipped.push(`container_bill_extras_rates.csv: ${row.region} ${row.item}`);
  }
  return { rates, skipped };
}

/** The endpoint / gp3-extras / snapshot / NLCU rows of the regional and selected CSVs (others belong to other readers). */
export function regionalWholeBillRates(rows: readonly Record<string, string>[]): Rate[] {
  return rows.flatMap((row) => {
    const known = REGIONAL_ITEMS[row.item ?? ""];
    return known ? [toRate(row, known)] : [];
  });
}

/**
 * ec2_ondemand_windows_selected.csv → Windows licence-included instance-hour rates. Rows with basis=derived
 * (Linux On-Demand + vCPU × $0.046, S51) keep `basis: "derived"`, so the lines priced with them say so.
 */
export function windowsOnDemandRates(rows: readonly Record<string, string>[]): Rate[] {
  return rows.map((row) => ({
    service: "AmazonEC2",
    region: row.region ?? "",
    usage: usageKeys.ec2InstanceHours(row.instance_type ?? "", "windows"),
    priceUsd: row.usd_per_hour ?? "",
    unit: "instance-hour",
    description: `${row.instance_type} Windows licence-included on-demand (${row.basis ?? "observed"}): ${row.note ?? ""}`.slice(0, 400),
    sourceId: row.source_id ?? "",
    asOf: firstDate(row.as_of ?? ""),
    basis: row.basis === "derived" ? "derived" : "observed",
  }));
}
