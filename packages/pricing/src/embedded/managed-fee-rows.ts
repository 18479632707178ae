import { usageKeys, type Rate } from "@repo/core";
import { firstDate } from "./csv";

/**
 * derived/managed_compute_fees.csv, `eks_auto_mode` rows → EKS Auto Mode management fee per instance
 * type and region (usagetype `<prefix>-EKS-Auto:<type>-management-hours`, "in addition to the Amazon EC2
 * instance price", S40 quoting https://aws.amazon.com/eks/pricing/). Example: us-east-1 m7i.large
 * $0.0121 per instance-hour (12 % of its $0.1008 On-Demand price). ECS Managed Instances rows are
 * another product and are not mapped here.
 */
export function autoModeFeeRates(rows: readonly Record<string, string>[]): Rate[] {
  return rows
    .filter((row) => row.option === "eks_auto_mode" && /^\d+(\.\d+)?$/.test(row.usd_per_hour ?? ""))
    .map((row) => ({
      service: "AmazonEKS",
      region: row.region ?? "",
      usage: usageKeys.eksAutoModeFeeHours(row.instance_type ?? ""),
      priceUsd: row.usd_per_hour ?? "",
      unit: "instance-hour",
      description: `EKS Auto Mode management fee, ${row.instance_type}${row.fee_pct_of_ec2 ? ` (${row.fee_pct_of_ec2} % of On-Demand)` : ""}`,
      sourceId: row.source_id ?? "",
      asOf: firstDate(row.as_of ?? ""),
    }));
}
