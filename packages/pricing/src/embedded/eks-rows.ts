import { usageKeys, type Rate } from "@repo/core";
import { firstDate } from "./csv";

/**
 * derived/eks_rates.csv → cluster-hour rates. The CSV lists the regions it checked in one cell
 * ("all regions checked (us-east-1 ap-south-1 …)"); the surcharge row says "same".
 * EKS Fargate rows equal the ECS Fargate rates (same SKUs) and are priced from those.
 */
export function eksRates(rows: readonly Record<string, string>[]): Rate[] {
  const rates: Rate[] = [];
  let regions: string[] = [];
  for (const row of rows) {
    const usage =
      row.item === "cluster_standard_support"
        ? usageKeys.eksClusterHours()
        : row.item === "cluster_extended_support_surcharge"
          ? usageKeys.eksExtendedSupportSurchargeHours()
          : undefined;
    if (!usage) continue;
    if (row.region !== "same") regions = [...(row.region ?? "").matchAll(/[a-z]{2}-[a-z]+-\d/g)].map((m) => m[0]);
    for (const region of regions) {
      rates.push({
        service: "AmazonEKS",
        region,
        usage,
        priceUsd: row.usd ?? "",
        unit: "cluster-hour",
        description: `EKS ${row.item}${row.note ? ` (${row.note})` : ""}`,
        sourceId: row.source_id ?? "",
        asOf: firstDate(row.price_as_of ?? ""),
      });
    }
  }
  return rates;
}
