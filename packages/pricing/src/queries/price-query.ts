import type { PriceUnit } from "@repo/core";
import type { Product } from "../price-list/price-list-entry";

/** A GetProducts TERM_MATCH filter (exact match on one product attribute). */
export type TermMatchFilter = { Field: string; Value: string };

/** What a product prices, in our vocabulary: the usage key, our unit and the AWS units that mean it. */
export type Classification = {
  usage: string;
  unit: PriceUnit;
  /** AWS `unit` spellings accepted for this usage, lower-case (e.g. "hrs", "hours"). */
  awsUnits: readonly string[];
  description: string;
};

export type QueryServiceCode = "AmazonECS" | "AmazonEKS" | "AmazonEC2" | "AWSELB" | "AmazonVPC";

/**
 * One Price List query: the service, the TERM_MATCH filters for a region, and a classifier that
 * maps a returned product to a usage key (or `undefined` for products we do not price).
 * The API sends the filters to AWS; the offer-file source applies the same filters locally.
 */
export type PriceQuery = {
  id: string;
  serviceCode: QueryServiceCode;
  title: string;
  filters: (region: string) => TermMatchFilter[];
  classify: (product: Product) => Classification | undefined;
};

/**
 * Usage types carry a region prefix ("USE1-", "EU-", "APN1-"; none for some us-east-1 EC2 types).
 * Matches exactly `<prefix>-<suffix>` or `<suffix>`, so Local Zone ("USE1-BOS1-…") and Spot
 * ("…-SpotUsage-…") variants do not match.
 * @example regionalUsageType("Fargate-GB-Hours").test("EU-Fargate-GB-Hours") //=> true
 */
export function regionalUsageType(suffix: string): RegExp {
  const escaped = suffix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(?:[A-Z]{2,4}[0-9]?-)?${escaped}$`);
}

/** The value a filter field reads: `productFamily` is a product field, the rest are attributes. */
export function filterValue(product: Product, field: string): string | undefined {
  return field === "productFamily" ? product.productFamily : product.attributes[field];
}

/**
 * Applies TERM_MATCH filters locally (offer files), as the API does server-side.
 * `regionCode` can be skipped: an offer file is already per region, and older files lack it.
 */
export function matchesFilters(product: Product, filters: readonly TermMatchFilter[], skipFields: readonly string[] = []): boolean {
  return filters.every((f) => skipFields.includes(f.Field) || filterValue(product, f.Field) === f.Value);
}

/** Outposts and other non-Region locations (Local Zones, Wavelength) are never priced as a region. */
export function isRegionProduct(product: Product): boolean {
  const locationType = product.attributes.locationType;
  if (locationType !== undefined && locationType !== "AWS Region") return false;
  return !Object.values(product.attributes).some((value) => /outpost/i.test(value));
}

export const HOUR_UNITS = ["hrs", "hours", "hour"] as const;

/** Region + TERM_MATCH helper. @example regionFilter("us-east-1") //=> { Field: "regionCode", Value: "us-east-1" } */
export function regionFilter(region: string): TermMatchFilter {
  return { Field: "regionCode", Value: region };
}
