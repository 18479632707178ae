import { usageKeys, type Rate } from "@repo/core";
import { firstDate } from "./csv";

const PRODUCTS: Record<string, { service: Rate["service"]; usage: (type: string) => string; name: string }> = {
  // usagetype `<prefix>-EKS-Auto:<type>-management-hours`, "in addition to the Amazon EC2 instance price"
  // (S40 quoting https://aws.amazon.com/eks/pricing/): us-east-1 m7i.large $0.0121 (12 % of $0.1008).
  eks_auto_mode: { service: "AmazonEKS", usage: usageKeys.eksAutoModeFeeHours, name: "EKS Auto Mode management fee" },
  // usagetype `<prefix>-ECS-Managed-Instances:<type>-management-hours`, on top of the EC2 price (S7, S44;
  // https://aws.amazon.com/ecs/pricing/ per S10): ap-south-1 t4g.medium $0.002688 (exactly 12 % of $0.0224).
  ecs_managed_instances: {
    service: "AmazonECS",
    usage: usageKeys.ecsManagedInstancesFeeHours,
    name: "ECS Managed Instances management fee",
  },
};

/**
 * derived/managed_compute_fees.csv → the management fee per instance type and region of EKS Auto Mode
 * (`eks_auto_mode` rows) and ECS Managed Instances (`ecs_managed_instances` rows). Rows without a
 * numeric price are skipped.
 */
export function managedFeeRates(rows: readonly Record<string, string>[]): Rate[] {
  return rows.flatMap((row) => {
    const product = PRODUCTS[row.option ?? ""];
    if (!product || !/^\d+(\.\d+)?$/.test(row.usd_per_hour ?? "")) return [];
    return [
      {
        service: product.service,
        region: row.region ?? "",
        usage: product.usage(row.instance_type ?? ""),
        priceUsd: row.usd_per_hour ?? "",
        unit: "instance-hour",
        description: `${product.name}, ${row.instance_type}${row.fee_pct_of_ec2 ? ` (${row.fee_pct_of_ec2} % of On-Demand)` : ""}`,
        sourceId: row.source_id ?? "",
        asOf: firstDate(row.as_of ?? ""),
      },
    ];
  });
}
