import { usageKeys, type FargatePlatform } from "@repo/core";
import { HOUR_UNITS, isRegionProduct, regionFilter, regionalUsageType, type Classification, type PriceQuery } from "./price-query";

/**
 * AWS Fargate on-demand rates, from the AmazonECS service (the same rates bill EKS Fargate pods).
 * Usage types (SOURCES.md S1/S2, shared/data getproducts + offer-files): `<prefix>-Fargate-vCPU-Hours:perCPU`,
 * `-Fargate-GB-Hours`, `-Fargate-ARM-…`, `-Fargate-Windows-…`, `-Fargate-Windows-OS-Hours:perCPU`
 * (the Windows licence per vCPU), `-Fargate-EphemeralStorage-GB-Hours` (storage above the free 20 GB).
 * AWS's `unit` is "hours" for vCPU/GB rows and "GB-Hours" for storage.
 */
const ROWS: { suffix: string; classification: Classification }[] = [
  ...(["linux-x86", "linux-arm", "windows-x86"] as const).flatMap((platform) => [
    { suffix: `Fargate-${infix(platform)}vCPU-Hours:perCPU`, classification: vcpu(platform) },
    { suffix: `Fargate-${infix(platform)}GB-Hours`, classification: memory(platform) },
  ]),
  {
    suffix: "Fargate-Windows-OS-Hours:perCPU",
    classification: {
      usage: usageKeys.fargateWindowsLicenseVcpuHours(),
      unit: "vCPU-hour",
      awsUnits: [...HOUR_UNITS, "vcpu-hours"],
      description: "Fargate Windows OS licence per vCPU-hour",
    },
  },
  {
    suffix: "Fargate-EphemeralStorage-GB-Hours",
    classification: {
      usage: usageKeys.fargateEphemeralStorageGbHours(),
      unit: "GB-hour",
      awsUnits: [...HOUR_UNITS, "gb-hours"],
      description: "Fargate ephemeral storage above 20 GB per GB-hour",
    },
  },
];
const MATCHERS = ROWS.map((row) => ({ pattern: regionalUsageType(row.suffix), classification: row.classification }));

function infix(platform: FargatePlatform): string {
  return { "linux-x86": "", "linux-arm": "ARM-", "windows-x86": "Windows-" }[platform];
}
function vcpu(platform: FargatePlatform): Classification {
  return {
    usage: usageKeys.fargateVcpuHours(platform),
    unit: "vCPU-hour",
    awsUnits: [...HOUR_UNITS, "vcpu-hours"],
    description: `Fargate ${platform} vCPU-hour on-demand`,
  };
}
function memory(platform: FargatePlatform): Classification {
  return {
    usage: usageKeys.fargateGbHours(platform),
    unit: "GB-hour",
    awsUnits: [...HOUR_UNITS, "gb-hours"],
    description: `Fargate ${platform} GB-hour on-demand`,
  };
}

export const fargateQuery: PriceQuery = {
  id: "fargate",
  serviceCode: "AmazonECS",
  title: "Fargate on-demand (AmazonECS)",
  filters: (region) => [regionFilter(region)],
  classify: (product) => {
    if (!isRegionProduct(product)) return undefined;
    const usageType = product.attributes.usagetype ?? "";
    return MATCHERS.find((m) => m.pattern.test(usageType))?.classification;
  },
};
