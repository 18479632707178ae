import { usageKeys, type FargatePlatform, type FargatePurchaseOption, type Rate } from "@repo/core";
import { firstDate } from "./csv";

const PURCHASE: Record<string, FargatePurchaseOption> = {
  "on-demand": "on-demand",
  spot: "spot",
  "compute-savings-plan-1y-no-upfront": "savings-plan-1y-no-upfront",
  "compute-savings-plan-3y-no-upfront": "savings-plan-3y-no-upfront",
  "compute-savings-plan-3y-all-upfront": "savings-plan-3y-all-upfront",
};

/** derived/fargate_rates.csv → rates. Rows we cannot map are returned in `skipped`, never guessed. */
export function fargateRates(rows: readonly Record<string, string>[]): { rates: Rate[]; skipped: string[] } {
  const rates: Rate[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const option = PURCHASE[row.pricing ?? ""];
    const platform = row.platform as FargatePlatform | "any";
    const region = row.region ?? "";
    let usage: string | undefined;
    let unit: Rate["unit"] = "vCPU-hour";
    if (option && row.dimension === "vcpu" && platform !== "any") usage = usageKeys.fargateVcpuHours(platform, option);
    else if (option && row.dimension === "memory" && platform !== "any") {
      usage = usageKeys.fargateGbHours(platform, option);
      unit = "GB-hour";
    } else if (option === "on-demand" && row.dimension === "os_license") usage = usageKeys.fargateWindowsLicenseVcpuHours();
    else if (option === "on-demand" && row.dimension === "ephemeral_storage_over_20GB") {
      usage = usageKeys.fargateEphemeralStorageGbHours();
      unit = "GB-hour";
    }
    if (!usage) {
      skipped.push(`fargate_rates.csv: ${region} ${row.platform} ${row.pricing} ${row.dimension}`);
      continue;
    }
    const usageType = /[A-Z0-9]+-Fargate[\w:-]*/.exec(row.note ?? "")?.[0];
    rates.push({
      service: option?.startsWith("savings-plan") ? "ComputeSavingsPlans" : "AmazonECS",
      region,
      usage,
      priceUsd: row.usd ?? "",
      unit,
      description: `Fargate ${row.dimension} ${row.platform} ${row.pricing}${row.note ? ` (${row.note})` : ""}`,
      sourceId: row.source_id ?? "",
      asOf: firstDate(row.price_as_of ?? ""),
      ...(usageType ? { usageType } : {}),
    });
  }
  return { rates, skipped };
}
