import { AWS_SERVICE_CODES, RateSchema, type Rate } from "@repo/core";
import type { PricedProduct } from "../price-list/priced-product";
import type { Classification } from "../queries/price-query";

export type RateProvenance = { region: string; sourceId: string };
export type RateOutcome = { rate: Rate } | { skipped: string };

/**
 * Turns a classified product into a core Rate: the single USD on-demand price dimension, its unit
 * checked against the usage's expected AWS units, with SKU, usage type, effective and publication
 * dates. Anything ambiguous (tiered prices, an unexpected unit, no USD) is skipped with a reason —
 * the estimate then shows the rate as missing instead of using a wrong one.
 * @example toRate(fargateVcpuProduct, fargateVcpuClassification, { region: "us-east-1", sourceId: "aws-price-list-api" })
 * //=> { rate: { usage: "fargate/on-demand/linux-x86/vcpu-hours", priceUsd: "0.0404800000", unit: "vCPU-hour", asOf: "2022-11-01", … } }
 */
export function toRate(priced: PricedProduct, classification: Classification, provenance: RateProvenance): RateOutcome {
  const { product } = priced;
  const label = `${product.sku} (${product.attributes.usagetype ?? "?"})`;
  const service = AWS_SERVICE_CODES.find((code) => code === priced.serviceCode);
  if (!service) return { skipped: `${label}: service ${priced.serviceCode} is not one the core prices` };
  const productRegion = product.attributes.regionCode;
  if (productRegion !== undefined && productRegion !== provenance.region) {
    return { skipped: `${label}: priced for ${productRegion}, not ${provenance.region}` };
  }
  const term = [...priced.onDemand].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0];
  if (!term) return { skipped: `${label}: no on-demand term` };
  const dimensions = Object.values(term.priceDimensions).filter((d) => d.pricePerUnit.USD !== undefined);
  if (dimensions.length !== 1) return { skipped: `${label}: ${dimensions.length} USD price dimensions (tiered prices are not modelled)` };
  const dimension = dimensions[0] as (typeof dimensions)[number];
  if (!classification.awsUnits.includes(dimension.unit.toLowerCase())) {
    return { skipped: `${label}: unit "${dimension.unit}" is not one of ${classification.awsUnits.join("/")} for ${classification.usage}` };
  }
  const rate = RateSchema.parse({
    service,
    region: provenance.region,
    usage: classification.usage,
    priceUsd: dimension.pricePerUnit.USD,
    unit: classification.unit,
    description: classification.description,
    sourceId: provenance.sourceId,
    asOf: term.effectiveDate.slice(0, 10),
    sku: product.sku,
    usageType: product.attributes.usagetype,
    effectiveDate: term.effectiveDate,
    publicationDate: priced.publicationDate,
  });
  return { rate };
}
