import { parseDecimal, usageKeys, type Rate } from "@repo/core";
import { firstDate } from "./csv";

/**
 * derived/ec2_spot_snapshot_skypilot.csv (S33: the latest DescribeSpotPriceHistory value per AZ ID,
 * Linux/UNIX, when SkyPilot's catalog was generated; undated) → one EC2 Spot rate per instance type
 * and region. A region's rate is the HIGHEST of its AZ prices: a fleet spread over AZs pays each AZ's
 * price, so the highest is the conservative single figure (the same choice as the S4 reference).
 * Example: us-east-1 m5.large AZ prices 0.0375, 0.0364, 0.0453, 0.0319, 0.0398 → $0.0453/h (5 AZs).
 */
export function spotRates(rows: readonly Record<string, string>[]): { rates: Rate[]; skipped: string[] } {
  const byKey = new Map<string, { region: string; type: string; prices: { az: string; usd: string }[]; asOf: string; sourceId: string }>();
  const skipped: string[] = [];
  for (const row of rows) {
    const region = row.region ?? "";
    const type = row.instance_type ?? "";
    const usd = row.spot_usd_per_hour ?? "";
    if (row.product_description !== "Linux/UNIX" || !/^\d+(\.\d+)?$/.test(usd) || !region || !type) {
      skipped.push(`ec2_spot_snapshot_skypilot.csv: ${region} ${row.availability_zone_id ?? ""} ${type}`);
      continue;
    }
    const key = `${region}|${type}`;
    const entry = byKey.get(key) ?? { region, type, prices: [], asOf: row.as_of ?? "", sourceId: row.source_id || "S33" };
    entry.prices.push({ az: row.availability_zone_id ?? "", usd });
    byKey.set(key, entry);
  }
  const rates = [...byKey.values()].map((entry): Rate => {
    const sorted = [...entry.prices].sort((a, b) => parseDecimal(a.usd).comparedTo(parseDecimal(b.usd)));
    const highest = sorted[sorted.length - 1] ?? { az: "", usd: "0" };
    const lowest = sorted[0] ?? highest;
    return {
      service: "AmazonEC2",
      region: entry.region,
      usage: usageKeys.ec2SpotInstanceHours(entry.type),
      priceUsd: highest.usd,
      unit: "instance-hour",
      description: `${entry.type} Linux Spot: highest of ${sorted.length} AZ price(s) ${lowest.usd}–${highest.usd} (${highest.az}), ${entry.asOf || "undated snapshot"}`,
      sourceId: entry.sourceId,
      asOf: firstDate(entry.asOf),
    };
  });
  return { rates, skipped };
}
