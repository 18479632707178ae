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

export const EBS_VOLUME_TYPES = ["gp3", "gp2"] as const;
export type EbsVolumeType = (typeof EBS_VOLUME_TYPES)[number];

export const usageKeys = {
  fargateVcpuHours: (platform: FargatePlatform, option: FargatePurchaseOption = "on-demand") =>
    `fargate/${option}/${platform}/vcpu-hours`,
  fargateGbHours: (platform: FargatePlatform, option: FargatePurchaseOption = "on-demand") =>
    `fargate/${option}/${platform}/gb-hours`,
  fargateWindowsLicenseVcpuHours: () => "fargate/on-demand/windows-x86/os-license-vcpu-hours",
  fargateEphemeralStorageGbHours: () => "fargate/on-demand/ephemeral-storage/gb-hours",
  eksClusterHours: () => "eks/cluster-hours/standard",
  eksExtendedSupportSurchargeHours: () => "eks/cluster-hours/extended-support-surcharge",
  ec2InstanceHours: (instanceType: string, os: "linux" | "windows" = "linux") => `ec2/on-demand/${os}/${instanceType}`,
  /** EC2 Spot, Linux/UNIX, one figure per type and region (the Spot snapshot, S33). */
  ec2SpotInstanceHours: (instanceType: string) => `ec2/spot/linux/${instanceType}`,
  /** EKS Auto Mode management fee per managed instance-hour of a type (AmazonEKS `EKS-Auto:<type>-management-hours`). */
  eksAutoModeFeeHours: (instanceType: string) => `eks/auto-mode/${instanceType}`,
  ebsGbMonths: (volumeType: EbsVolumeType) => `ebs/${volumeType}/gb-months`,
  albHours: () => "elb/alb/hours",
  albLcuHours: () => "elb/alb/lcu-hours",
  publicIpv4Hours: () => "vpc/public-ipv4/hours",
  natGatewayHours: () => "vpc/nat-gateway/hours",
  natGatewayGb: () => "vpc/nat-gateway/gb-processed",
} as const;

/** Human label of a Fargate platform. @example platformLabel("linux-arm") //=> "Linux/ARM" */
export function platformLabel(platform: FargatePlatform): string {
  return { "linux-x86": "Linux/x86", "linux-arm": "Linux/ARM", "windows-x86": "Windows/x86" }[platform];
}
