import { usageKeys, type EbsVolumeType } from "@repo/core";
import { HOUR_UNITS, isRegionProduct, regionFilter, regionalUsageType, type Classification, type PriceQuery } from "./price-query";

/** Matches a product's usage type against `[pattern, classification]` rows (Region products only). */
function byUsageType(rows: readonly [RegExp, Classification][]): PriceQuery["classify"] {
  return (product) => {
    if (!isRegionProduct(product)) return undefined;
    const usageType = product.attributes.usagetype ?? "";
    return rows.find(([pattern]) => pattern.test(usageType))?.[1];
  };
}

/** EBS volume storage per GB-month: usagetype `<prefix>-EBS:VolumeUsage.gp3`, AWS unit "GB-Mo". */
export function ebsQuery(volumeType: EbsVolumeType): PriceQuery {
  return {
    id: `ebs-${volumeType}`,
    serviceCode: "AmazonEC2",
    title: `EBS ${volumeType} storage (AmazonEC2)`,
    filters: (region) => [
      regionFilter(region),
      { Field: "productFamily", Value: "Storage" },
      { Field: "volumeApiName", Value: volumeType },
    ],
    classify: byUsageType([
      [
        regionalUsageType(`EBS:VolumeUsage.${volumeType}`),
        {
          usage: usageKeys.ebsGbMonths(volumeType),
          unit: "GB-month",
          awsUnits: ["gb-mo"],
          description: `EBS ${volumeType} storage per GB-month`,
        },
      ],
    ]),
  };
}

/** Application Load Balancer: `LoadBalancerUsage` per ALB-hour ("Hrs") and `LCUUsage` ("LCU-Hrs"). */
export const albQuery: PriceQuery = {
  id: "alb",
  serviceCode: "AWSELB",
  title: "Application Load Balancer (AWSELB)",
  filters: (region) => [regionFilter(region), { Field: "productFamily", Value: "Load Balancer-Application" }],
  classify: byUsageType([
    [
      regionalUsageType("LoadBalancerUsage"),
      { usage: usageKeys.albHours(), unit: "hour", awsUnits: HOUR_UNITS, description: "ALB per load-balancer-hour" },
    ],
    [
      regionalUsageType("LCUUsage"),
      { usage: usageKeys.albLcuHours(), unit: "LCU-hour", awsUnits: ["lcu-hrs", "lcu-hours"], description: "ALB per LCU-hour" },
    ],
  ]),
};

/** NAT gateway: `NatGateway-Hours` ("Hrs") and `NatGateway-Bytes` per GB processed ("GB"). */
export const natGatewayQuery: PriceQuery = {
  id: "nat-gateway",
  serviceCode: "AmazonEC2",
  title: "NAT gateway (AmazonEC2)",
  filters: (region) => [regionFilter(region), { Field: "productFamily", Value: "NAT Gateway" }],
  classify: byUsageType([
    [
      regionalUsageType("NatGateway-Hours"),
      { usage: usageKeys.natGatewayHours(), unit: "hour", awsUnits: HOUR_UNITS, description: "NAT gateway per hour" },
    ],
    [
      regionalUsageType("NatGateway-Bytes"),
      { usage: usageKeys.natGatewayGb(), unit: "GB", awsUnits: ["gb"], description: "NAT gateway per GB processed" },
    ],
  ]),
};

/** Public IPv4 addresses in use (AmazonVPC, since 2024-02): `PublicIPv4:InUseAddress` per IP-hour. */
export const publicIpv4Query: PriceQuery = {
  id: "public-ipv4",
  serviceCode: "AmazonVPC",
  title: "Public IPv4 addresses (AmazonVPC)",
  filters: (region) => [regionFilter(region)],
  classify: byUsageType([
    [
      regionalUsageType("PublicIPv4:InUseAddress"),
      { usage: usageKeys.publicIpv4Hours(), unit: "IP-hour", awsUnits: HOUR_UNITS, description: "public IPv4 address in use per IP-hour" },
    ],
  ]),
};
