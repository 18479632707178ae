import type { PriceUnit } from "./rate";

/**
 * The unit each usage kind is billed in, by the usage key's shape (usage-keys.ts). A key matching
 * no rule is one the model never looks up; only the general checks apply to it.
 * AWS units: Fargate per vCPU-hour and GB-hour (https://aws.amazon.com/fargate/pricing/), EC2 per
 * instance-hour, EKS per cluster-hour (https://aws.amazon.com/eks/pricing/), EBS per GB-month,
 * ALB per hour and LCU-hour, NAT gateway per hour and per GB processed, public IPv4 per IP-hour
 * (https://aws.amazon.com/vpc/pricing/).
 */
const USAGE_UNIT_RULES: readonly { pattern: RegExp; unit: PriceUnit }[] = [
  { pattern: /^ec2\/[^/]+\/(linux|windows)\/[^/]+$/, unit: "instance-hour" },
  // EKS Auto Mode fee: per managed instance-hour of a type (usagetype EKS-Auto:<type>-management-hours).
  { pattern: /^eks\/auto-mode\/[^/]+$/, unit: "instance-hour" },
  { pattern: /\/cluster-hours\//, unit: "cluster-hour" },
  { pattern: /vcpu-hours$/, unit: "vCPU-hour" },
  { pattern: /gb-hours$/, unit: "GB-hour" },
  { pattern: /gb-months$/, unit: "GB-month" },
  { pattern: /iops-months$/, unit: "IOPS-month" },
  { pattern: /mbps-months$/, unit: "MBps-month" },
  { pattern: /nlcu-hours$/, unit: "NLCU-hour" },
  { pattern: /lcu-hours$/, unit: "LCU-hour" },
  // issue 15 (whole bill): data transfer / logs per GB, endpoint-AZ-hours, gp3 throughput per MiBps-month,
  // Container Insights per million observations, AWS Support shares (USD) and minimums (month)
  { pattern: /mibps-months$/, unit: "MBps-month" },
  { pattern: /(\/gb|ingested-gb)$/, unit: "GB" },
  { pattern: /az-hours$/, unit: "endpoint-AZ-hour" },
  { pattern: /million-observations$/, unit: "million-observations" },
  { pattern: /^support\/.*\/share$/, unit: "USD" },
  { pattern: /^support\/.*\/month$/, unit: "month" },
  { pattern: /public-ipv4\/hours$/, unit: "IP-hour" },
  { pattern: /gb-processed$/, unit: "GB" },
  { pattern: /\/hours$/, unit: "hour" },
];

/** @example requiredUnit("fargate/on-demand/linux-x86/vcpu-hours") //=> "vCPU-hour" */
export function requiredUnit(usage: string): PriceUnit | undefined {
  return USAGE_UNIT_RULES.find((rule) => rule.pattern.test(usage))?.unit;
}

/**
 * The largest credible price per unit, in USD: about ten times the dearest published figure, so a
 * real price rise passes and a typo (an extra digit group, a price in cents) or a 400-digit number
 * does not. Dearest published today: EC2 u7in-32tb.224xlarge ≈ $408/hour on-demand
 * (https://aws.amazon.com/ec2/pricing/on-demand/), Fargate Windows ≈ $0.09/vCPU-hour, EKS
 * Provisioned Control Plane 8XL $13.90/cluster-hour (S40), NAT/ALB ≈ $0.1/hour, EBS io2 ≈ $0.16/GB-month.
 */
export const MAX_PRICE_USD: Record<PriceUnit, string> = {
  "vCPU-hour": "10",
  "GB-hour": "1",
  hour: "100",
  "GB-month": "10",
  "IOPS-month": "10",
  "MBps-month": "10",
  GB: "10",
  "LCU-hour": "10",
  "IP-hour": "1",
  "cluster-hour": "150",
  "instance-hour": "5000",
  "engineer-hour": "10000",
  /** a surcharge as a fraction of another amount (EKS Auto Mode ≈ 0.12; AWS Support ≤ 0.10) */
  USD: "10",
  /** interface endpoint ≈ $0.014 per AZ-hour (Tokyo) */
  "endpoint-AZ-hour": "1",
  "NLCU-hour": "10",
  /** Container Insights $0.21 per million observations */
  "million-observations": "10",
  /** a flat monthly fee: Enterprise Support's $15,000 minimum */
  month: "200000",
};

/** AWS publishes prices with up to 10 decimal places ("0.0404800000"); two more allow derived rates. */
export const MAX_PRICE_DECIMALS = 12;
/** Generous caps on a snapshot's size (the embedded one has ~1,500 rates and ~800 instance types). */
export const MAX_SNAPSHOT_RATES = 200_000;
export const MAX_SNAPSHOT_INSTANCE_TYPES = 20_000;
/** The largest EC2 instance today has 896 vCPUs and 32 TiB (u7in-32tb.224xlarge); ×4 headroom. */
export const MAX_INSTANCE_VCPU = 4096;
export const MAX_INSTANCE_MEMORY_GIB = 131_072;
