import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { fargateQuery } from "../queries/fargate";
import { apiSource } from "../sources/api/api-source";
import { offerFileSource } from "../sources/offer-files/offer-file-source";
import { regionIndexUrl } from "../sources/offer-files/region-index";
import { refreshPrices } from "../refresh/refresh-prices";
import { awsPricingFile } from "../testing/fixture-paths";
import { mockPricingApi } from "../testing/mock-pricing-api";
import { fakeFetch, regionIndex } from "../testing/offer-server";
import { ECS_OFFER_FILE } from "../testing/recorded";
import { diffSnapshots } from "./diff-snapshots";

const common = { regions: ["us-east-1"], baseCatalog: embeddedPriceBook().instanceTypes, spot: false as const, queries: [fargateQuery] };

/** Two real publications of the same AmazonECS prices: GetProducts 2022-11-21 (S1) and the offer file 2025-08-28 (S2). */
async function snapshots() {
  const { client } = mockPricingApi();
  const older = await refreshPrices({ ...common, source: apiSource({ client }), now: () => new Date("2022-11-25T00:00:00Z") });
  const path = "/offers/v1.0/aws/AmazonECS/20250828172723/us-east-1/index.json";
  const fetchFn = fakeFetch({
    [regionIndexUrl("AmazonECS", "https://o.test")]: { json: regionIndex({ "us-east-1": path }) },
    [`https://o.test${path}`]: { file: awsPricingFile(ECS_OFFER_FILE) },
  });
  const newer = await refreshPrices({
    ...common,
    source: offerFileSource({ fetch: fetchFn, baseUrl: "https://o.test" }),
    now: () => new Date("2025-09-01T00:00:00Z"),
  });
  return { older: older.snapshot, newer: newer.snapshot };
}

describe("diffSnapshots", () => {
  it("between the 2022 and 2025 publications only the Windows Fargate rates moved (AWS cut them in 2025)", async () => {
    const { older, newer } = await snapshots();
    const diff = diffSnapshots(older, newer);
    expect(diff.changed.map((c) => [c.usage, c.oldPriceUsd, c.newPriceUsd, c.deltaUsd])).toEqual([
      // fargate_rates.csv: windows vCPU 0.046552 "was 0.09148 in 2022-11 offer (S1)"; 0.046552 − 0.09148 = −0.044928
      ["fargate/on-demand/windows-x86/gb-hours", "0.01005", "0.00511175", "-0.00493825"],
      ["fargate/on-demand/windows-x86/vcpu-hours", "0.09148", "0.046552", "-0.044928"],
    ]);
    // −0.044928 ÷ 0.09148 × 100, exact to 40 significant digits (Python Decimal gives the same digits)
    expect(diff.changed[1]?.deltaPercent).toBe("-49.11237428946217752514210756449497157849");
    expect(diff.changed[1]).toMatchObject({ oldAsOf: "2022-11-01", newAsOf: "2025-08-01" });
    expect(diff.unchangedCount).toBe(6); // Linux x86/ARM vCPU+GB, OS licence, ephemeral storage: same figures in both
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it("rates only in one snapshot are added/removed; equal decimals in different spellings are unchanged", async () => {
    const { older } = await snapshots();
    const first = older.rates[0] as (typeof older.rates)[number];
    const newer = {
      ...older,
      rates: [
        { ...first, priceUsd: first.priceUsd.replace(/0+$/, "") },
        { ...first, usage: "vpc/public-ipv4/hours", priceUsd: "0.005" },
      ],
    };
    const diff = diffSnapshots(older, newer);
    expect(diff.changed).toEqual([]);
    expect(diff.unchangedCount).toBe(1);
    expect(diff.added.map((r) => r.usage)).toEqual(["vpc/public-ipv4/hours"]);
    expect(diff.removed).toHaveLength(older.rates.length - 1);
  });

  it("a rate that was free has no percentage change (never a division by zero)", async () => {
    const { older } = await snapshots();
    const zero = { ...older, rates: older.rates.map((r) => ({ ...r, priceUsd: "0" })) };
    expect(diffSnapshots(zero, older).changed.every((c) => c.deltaPercent === null)).toBe(true);
  });
});
