import { usageKeys } from "@repo/core";
import { HOUR_UNITS, isRegionProduct, regionFilter, type PriceQuery, type TermMatchFilter } from "./price-query";

/**
 * EC2 On-Demand instance-hours, Linux, shared tenancy, no pre-installed software, capacity status
 * "Used" (the filters Karpenter uses, SOURCES.md S5). Without `capacitystatus=Used`, every type also
 * returns its "AllocatedCapacityReservation"/"UnusedCapacityReservation" SKUs; without
 * `preInstalledSw=NA`, the SQL Server variants. Example product: shared/data getproducts
 * AmazonEC2_m5.large (S3): usagetype "BoxUsage:m5.large", operation "RunInstances", $0.096 per "Hrs".
 */
export const EC2_INSTANCE_FILTERS: readonly TermMatchFilter[] = [
  { Field: "operatingSystem", Value: "Linux" },
  { Field: "tenancy", Value: "Shared" },
  { Field: "preInstalledSw", Value: "NA" },
  { Field: "capacitystatus", Value: "Used" },
];

const BOX_USAGE = /^(?:[A-Z]{2,4}[0-9]?-)?BoxUsage:[a-z0-9-]+\.[a-z0-9-]+$/;

export const ec2InstancesQuery: PriceQuery = {
  id: "ec2-instances",
  serviceCode: "AmazonEC2",
  title: "EC2 On-Demand Linux instance-hours (AmazonEC2)",
  filters: (region) => [regionFilter(region), ...EC2_INSTANCE_FILTERS],
  classify: (product) => {
    const { instanceType, usagetype = "", operation } = product.attributes;
    if (!instanceType || !isRegionProduct(product) || !BOX_USAGE.test(usagetype)) return undefined;
    if (operation !== undefined && operation !== "RunInstances") return undefined; // RunInstances:xxxx = licensed OS
    // Capacity Blocks share the BoxUsage type (opencost testdata: p4d.24xlarge has a $0 CapacityBlock SKU
    // beside its On-Demand one); older entries (S3) have no marketoption at all
    const { marketoption } = product.attributes;
    if (marketoption !== undefined && marketoption !== "OnDemand") return undefined;
    return {
      usage: usageKeys.ec2InstanceHours(instanceType, "linux"),
      unit: "instance-hour",
      awsUnits: HOUR_UNITS,
      description: `${instanceType} Linux on-demand`,
    };
  },
};
