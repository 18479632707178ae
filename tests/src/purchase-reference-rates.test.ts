import { M5_LARGE_RI_ROWS, RI_REFERENCE_ON_DEMAND_USD_PER_HOUR, SPOT_REFERENCE_USD_PER_HOUR, parseDecimal } from "@repo/core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { awsPricingFile } from "./fixture-paths";

type PriceDimension = { unit: string; pricePerUnit: { USD: string } };
type Term = { offerTermCode: string; termAttributes: Record<string, string>; priceDimensions: Record<string, PriceDimension> };
type Entry = { terms: { OnDemand: Record<string, Term>; Reserved: Record<string, Term> } };

const entry = JSON.parse(
  readFileSync(awsPricingFile("getproducts/AmazonEC2_m5.large_us-east-1_2021-02-05_PriceListEntry.json"), "utf8"),
) as Entry;
const spot = JSON.parse(
  readFileSync(awsPricingFile("raw-fixtures/ec2_DescribeSpotPriceHistory_m5.large_us-east-1_2021-02.json"), "utf8"),
) as {
  SpotPriceHistory: { AvailabilityZone: string; SpotPrice: string; Timestamp: string }[];
};

const PAYMENT = { "No Upfront": "no-upfront", "Partial Upfront": "partial-upfront", "All Upfront": "all-upfront" } as const;

describe("purchase reference rates match the shared data files (S3, S4)", () => {
  it("the on-demand reference is the entry's OnDemand price ($0.096)", () => {
    const [term] = Object.values(entry.terms.OnDemand);
    const [dimension] = Object.values(term?.priceDimensions ?? {});
    expect(parseDecimal(dimension?.pricePerUnit.USD ?? "").equals(RI_REFERENCE_ON_DEMAND_USD_PER_HOUR)).toBe(true);
  });

  const reserved = Object.values(entry.terms.Reserved);
  it("the file holds 12 RI offers (2 classes × 2 terms × 3 payments)", () => {
    expect(reserved).toHaveLength(12);
  });

  it.each(
    reserved.map((term) => ({
      label: `${term.termAttributes.OfferingClass} ${term.termAttributes.LeaseContractLength} ${term.termAttributes.PurchaseOption}`,
      term,
    })),
  )("$label: upfront and hourly as in the file", ({ term }) => {
    const offeringClass = term.termAttributes.OfferingClass as "standard" | "convertible";
    const years = (term.termAttributes.LeaseContractLength ?? "").replace("yr", "") as "1" | "3";
    const payment = PAYMENT[term.termAttributes.PurchaseOption as keyof typeof PAYMENT];
    const row = M5_LARGE_RI_ROWS[offeringClass][years][payment];
    const dims = Object.values(term.priceDimensions);
    const upfront = dims.find((d) => d.unit === "Quantity")?.pricePerUnit.USD ?? "0";
    const hourly = dims.find((d) => d.unit === "Hrs")?.pricePerUnit.USD ?? "0";
    expect(row.offerTermCode).toBe(term.offerTermCode);
    expect(parseDecimal(row.upfrontUsd).equals(parseDecimal(upfront))).toBe(true);
    expect(parseDecimal(row.hourlyUsd).equals(parseDecimal(hourly))).toBe(true);
  });

  it("the Spot reference is the highest of the latest per-AZ prices in the history", () => {
    const latest = new Map<string, { price: string; at: string }>();
    for (const row of spot.SpotPriceHistory) {
      const seen = latest.get(row.AvailabilityZone);
      if (!seen || row.Timestamp > seen.at) latest.set(row.AvailabilityZone, { price: row.SpotPrice, at: row.Timestamp });
    }
    const highest = [...latest.values()].map((v) => parseDecimal(v.price)).reduce((a, b) => (a.greaterThan(b) ? a : b));
    expect(highest.equals(SPOT_REFERENCE_USD_PER_HOUR)).toBe(true);
  });
});
