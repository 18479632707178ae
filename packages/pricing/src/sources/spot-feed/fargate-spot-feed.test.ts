import { describe, expect, it } from "vitest";
import { fakeFetch } from "../../testing/offer-server";
import { FARGATE_SPOT_FEED_URL, fetchFargateSpotRates, spotRatesFromFeed } from "./fargate-spot-feed";

/**
 * No recording of the feed exists in shared/data, so this feed is written by hand in the shape its
 * consumers document (prices[].unit / price.USD / attributes["aws:region"]), with the us-east-1 and
 * eu-west-1 figures of the 2026-09-28 snapshot in SOURCES.md S8 (derived/fargate_rates.csv).
 */
const feed = {
  prices: [
    { unit: "vCPU-Hours", price: { USD: "0.01288871" }, attributes: { "aws:region": "us-east-1" } },
    { unit: "GB-Hours", price: { USD: "0.00141527" }, attributes: { "aws:region": "us-east-1" } },
    { unit: "ARM-vCPU-Hours", price: { USD: "0.01030969" }, attributes: { "aws:region": "us-east-1" } },
    { unit: "ARM-GB-Hours", price: { USD: "0.00113349" }, attributes: { "aws:region": "us-east-1" } },
    { unit: "vCPU-Hours", price: { USD: "0.01224056" }, attributes: { "aws:region": "eu-west-1" } },
    { unit: "Windows-vCPU-Hours", price: { USD: "0.1" }, attributes: { "aws:region": "us-east-1" } },
  ],
};

describe("Fargate Spot feed", () => {
  it("maps x86 and ARM vCPU/GB spot prices of the wanted regions; units it does not know are ignored", () => {
    const rates = spotRatesFromFeed(feed, ["us-east-1"], "2026-09-28T21:37:30.000Z");
    expect(rates.map((r) => [r.usage, r.priceUsd, r.unit, r.asOf])).toEqual([
      ["fargate/spot/linux-x86/vcpu-hours", "0.01288871", "vCPU-hour", "2026-09-28"],
      ["fargate/spot/linux-x86/gb-hours", "0.00141527", "GB-hour", "2026-09-28"],
      ["fargate/spot/linux-arm/vcpu-hours", "0.01030969", "vCPU-hour", "2026-09-28"],
      ["fargate/spot/linux-arm/gb-hours", "0.00113349", "GB-hour", "2026-09-28"],
    ]);
  });

  it("the as-of is the feed's Last-Modified time when the CDN sends one, else the injected clock", async () => {
    const withHeader = fakeFetch({
      [FARGATE_SPOT_FEED_URL]: { json: feed, headers: { "last-modified": "Mon, 28 Sep 2026 21:37:30 GMT" } },
    });
    const [first] = await fetchFargateSpotRates(["eu-west-1"], { fetch: withHeader, now: () => new Date("2026-11-23T10:00:00Z") });
    expect(first?.publicationDate).toBe("2026-09-28T21:37:30.000Z");
    const without = fakeFetch({ [FARGATE_SPOT_FEED_URL]: { json: feed } });
    const [second] = await fetchFargateSpotRates(["eu-west-1"], { fetch: without, now: () => new Date("2026-11-23T10:00:00Z") });
    expect(second?.asOf).toBe("2026-11-23");
  });

  it.each([
    { label: "prices is not a list", body: { prices: {} }, message: /Fargate Spot feed: .*field: prices/ },
    {
      label: "a price given as a float",
      body: { prices: [{ unit: "GB-Hours", price: { USD: 0.0014 }, attributes: {} }] },
      message: /field: prices\.0\.price\.USD/,
    },
  ])("malformed feed ($label) → MALFORMED_PRICE_DATA", ({ body, message }) => {
    expect(() => spotRatesFromFeed(body, ["us-east-1"], "2026-09-28T00:00:00Z")).toThrow(message);
  });
});
