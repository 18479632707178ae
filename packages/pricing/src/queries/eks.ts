import { usageKeys } from "@repo/core";
import { HOUR_UNITS, isRegionProduct, regionFilter, regionalUsageType, type PriceQuery } from "./price-query";

/**
 * EKS cluster hours (AmazonEKS): standard support `<prefix>-AmazonEKS-Hours:perCluster` ($0.10/h,
 * S6 entry in shared/data getproducts) and the extended-support surcharge
 * `<prefix>-AmazonEKS-Hours:extendedSupport` (+$0.50/h on top, S7/S9). EKS on Outposts
 * (local clusters) has its own SKUs: excluded by `isRegionProduct` (location type / "Outposts"
 * in any attribute) — an Outposts price must never stand in for the region's.
 */
const STANDARD = regionalUsageType("AmazonEKS-Hours:perCluster");
const EXTENDED = regionalUsageType("AmazonEKS-Hours:extendedSupport");

export const eksQuery: PriceQuery = {
  id: "eks",
  serviceCode: "AmazonEKS",
  title: "EKS cluster hours (AmazonEKS)",
  filters: (region) => [regionFilter(region)],
  classify: (product) => {
    if (!isRegionProduct(product)) return undefined;
    const usageType = product.attributes.usagetype ?? "";
    if (STANDARD.test(usageType)) {
      return {
        usage: usageKeys.eksClusterHours(),
        unit: "cluster-hour",
        awsUnits: HOUR_UNITS,
        description: "EKS cluster-hour, standard support",
      };
    }
    if (EXTENDED.test(usageType)) {
      return {
        usage: usageKeys.eksExtendedSupportSurchargeHours(),
        unit: "cluster-hour",
        awsUnits: HOUR_UNITS,
        description: "EKS extended-support surcharge per cluster-hour (on top of standard)",
      };
    }
    return undefined;
  },
};
