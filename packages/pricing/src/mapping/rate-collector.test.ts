import type { Rate } from "@repo/core";
import { describe, expect, it } from "vitest";
import { RateCollector } from "./rate-collector";

const rate = (sku: string, priceUsd: string, effectiveDate: string): Rate => ({
  service: "AmazonEC2",
  region: "us-east-1",
  usage: "ec2/on-demand/linux/m5.large",
  priceUsd,
  unit: "instance-hour",
  description: "m5.large",
  sourceId: "t",
  asOf: effectiveDate.slice(0, 10),
  sku,
  effectiveDate,
});

describe("RateCollector", () => {
  it.each([
    {
      label: "the later effective date wins (a superseded SKU)",
      rates: [rate("NEW", "0.096", "2026-09-01T00:00:00Z"), rate("OLD", "0.1", "2021-02-01T00:00:00Z")],
      kept: "NEW",
      warned: true,
    },
    {
      label: "same date: the smaller SKU wins, whatever the order",
      rates: [rate("B", "0.096", "2026-09-01T00:00:00Z"), rate("A", "0.097", "2026-09-01T00:00:00Z")],
      kept: "A",
      warned: true,
    },
    {
      label: "same price in two spellings is not a disagreement",
      rates: [rate("A", "0.0960000000", "2026-09-01T00:00:00Z"), rate("B", "0.096", "2026-09-01T00:00:00Z")],
      kept: "A",
      warned: false,
    },
  ])("$label → keeps $kept", ({ rates, kept, warned }) => {
    const collector = new RateCollector();
    for (const r of rates) collector.add(r);
    expect(collector.rates().map((r) => r.sku)).toEqual([kept]);
    expect(collector.warnings.length > 0).toBe(warned);
  });
});
