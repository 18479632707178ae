/**
 * Usage keys: the one vocabulary the price book is indexed by (together with the region).
 * Builders keep the spelling in one place.
 */
export const FARGATE_PLATFORMS = ["linux-x86", "linux-arm", "windows-x86"] as const;
export type FargatePlatform = (typeof FARGATE_PLATFORMS)[number];

export const FARGATE_PURCHASE_OPTIONS = [
  "on-demand",
  "spot",
  "savings-plan-1y-no-upfront",
  "savings-plan-3y-no-upfront",
  "savings-plan-3y-all-upfront",
] as const;
export type FargatePurchaseOption = (typeof FARGATE_PURCHASE_OPTIONS)[number];

export const EBS_VOLUME_TYPES = ["gp3", "gp2", "io2"] as const;
export type EbsVolumeType = (typeof EBS_VOLUME_TYPES)[number];

export const usageKeys = {
  fargateVcpuHours: (platform: FargatePlatform, option: FargatePurchaseOption = "on-demand") => `fargate/${option}/${platform}/vcpu-hours`,
  fargateGbHours: (platform: FargatePlatform, option: FargatePurchaseOption = "on-demand") => `fargate/${option}/${platform}/gb-hours`,
  fargateWindowsLicenseVcpuHours: () => "fargate/on-demand/windows-x86/os-license-vcpu-hours",
  fargateEphemeralStorageGbHours: () => "fargate/on-demand/ephemeral-storage/gb-hours",
  eksClusterHours: () => "eks/cluster-hours/standard",
  eksExtendedSupportSurchargeHours: () => "eks/cluster-hours/extended-support-surcharge",
  ec2InstanceHours: (instanceType: string, os: "linux" | "windows" = "linux") => `ec2/on-demand/${os}/${instanceType}`,
  /** EC2 Spot, Linux/UNIX, one figure per type and region (the Spot snapshot, S33). */
  ec2SpotInstanceHours: (instanceType: string) => `ec2/spot/linux/${instanceType}`,
  /** EKS Auto Mode management fee per managed instance-hour of a type (AmazonEKS `EKS-Auto:<type>-management-hours`). */
  eksAutoModeFeeHours: (instanceType: string) => `eks/auto-mode/${instanceType}`,
  /** ECS Managed Instances management fee per managed instance-hour (AmazonECS `ECS-Managed-Instances:<type>-management-hours`). */
  ecsManagedInstancesFeeHours: (instanceType: string) => `ecs/managed-instances/${instanceType}`,
  /** EKS Provisioned Control Plane tier, per cluster-hour (AmazonEKS `AmazonEKS-Hours:<tier>-ProvisionedTier`). */
  eksProvisionedControlPlaneHours: (tier: string) => `eks/cluster-hours/provisioned-${tier}`,
  ebsGbMonths: (volumeType: EbsVolumeType) => `ebs/${volumeType}/gb-months`,
  albHours: () => "elb/alb/hours",
  albLcuHours: () => "elb/alb/lcu-hours",
  publicIpv4Hours: () => "vpc/public-ipv4/hours",
  natGatewayHours: () => "vpc/nat-gateway/hours",
  natGatewayGb: () => "vpc/nat-gateway/gb-processed",
  // Issue 15, the whole bill (rates: shared/data/aws-pricing/derived/container_bill_extras_rates.csv,
  // regional_network_storage_rates.csv; tier bounds live in core, resources/*-tiers.ts).
  /** Tier n (1-4) of data transfer out to the internet, per GB. */
  internetEgressGb: (tier: number) => `data-transfer/internet-out/tier-${tier}/gb`,
  interRegionEgressGb: () => "data-transfer/inter-region-out/gb",
  /** Billed per GB in each direction: a GB crossing AZs is two billed GB. */
  crossAzGb: () => "data-transfer/inter-az/gb",
  vpcEndpointAzHours: () => "vpc/interface-endpoint/az-hours",
  vpcEndpointGb: () => "vpc/interface-endpoint/gb-processed",
  nlbHours: () => "elb/nlb/hours",
  nlbNlcuHours: () => "elb/nlb/nlcu-hours",
  logIngestionGb: (logClass: LogClass) => `cloudwatch/logs/${logClass}/ingested-gb`,
  logStorageGbMonths: () => "cloudwatch/logs/storage/gb-months",
  containerInsightsMillionObservations: () => "cloudwatch/container-insights/enhanced/million-observations",
  ecrStorageGbMonths: () => "ecr/storage/gb-months",
  ebsSnapshotGbMonths: () => "ebs/snapshot/standard/gb-months",
  gp3IopsMonths: () => "ebs/gp3/iops-over-3000/iops-months",
  gp3ThroughputMibpsMonths: () => "ebs/gp3/throughput-over-125/mibps-months",
  /** io2 provisioned IOPS, tier n (1: up to 32,000, 2: 32,001–64,000, 3: above 64,000 per volume), per IOPS-month. */
  io2IopsMonths: (tier: number) => `ebs/io2/iops-tier-${tier}/iops-months`,
  /** Support plan tier n: a fraction of the AWS charges in that tier (region "global"). */
  supportShare: (plan: SupportPlan, tier: number) => `support/${plan}/tier-${tier}/share`,
  supportMinimum: (plan: SupportPlan) => `support/${plan}/minimum/month`,
} as const;

export const LOG_CLASSES = ["standard", "infrequent-access"] as const;
export type LogClass = (typeof LOG_CLASSES)[number];
export const SUPPORT_PLANS = ["developer", "business", "enterprise-on-ramp", "enterprise"] as const;
export type SupportPlan = (typeof SUPPORT_PLANS)[number];

/** Human label of a Fargate platform. @example platformLabel("linux-arm") //=> "Linux/ARM" */
export function platformLabel(platform: FargatePlatform): string {
  return { "linux-x86": "Linux/x86", "linux-arm": "Linux/ARM", "windows-x86": "Windows/x86" }[platform];
}
