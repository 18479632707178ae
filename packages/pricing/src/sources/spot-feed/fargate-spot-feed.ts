import { coreError, DecimalStringSchema, RateSchema, usageKeys, type Rate, message } from "@repo/core";
import { z } from "zod";
import { refreshLimits, type RefreshLimits } from "../../faults/refresh-limits";
import { withRetry, type RetryPolicy } from "../../faults/retry";
import { parseOrThrow } from "../../price-list/priced-product";
import { httpGet, type FetchLike } from "../offer-files/http-get";

/**
 * The Fargate Spot price feed the AWS Fargate pricing page reads (SOURCES.md S8). Spot prices float,
 * are not in the Price List, and the feed is public (no credentials). Its shape, as read by several
 * independent consumers: `{ prices: [{ unit: "vCPU-Hours" | "GB-Hours" | "ARM-vCPU-Hours" |
 * "ARM-GB-Hours", price: { USD: "0.01288871" }, attributes: { "aws:region": "us-east-1" } }] }`.
 * Fargate Spot is Linux only (x86 and ARM), ECS only.
 */
export const FARGATE_SPOT_FEED_URL = "https://dftu77xade0tc.cloudfront.net/fargate-spot-prices.json";
export const FARGATE_SPOT_SOURCE_ID = "aws-fargate-spot-feed";

export const SpotFeedSchema = z.object({
  prices: z.array(
    z.object({
      unit: z.string(),
      price: z.object({ USD: DecimalStringSchema }),
      attributes: z.record(z.string(), z.string()),
    }),
  ),
});

const UNIT_TO_USAGE: Record<string, { usage: string; unit: "vCPU-hour" | "GB-hour"; description: string }> = {
  "vCPU-Hours": {
    usage: usageKeys.fargateVcpuHours("linux-x86", "spot"),
    unit: "vCPU-hour",
    description: "Fargate Spot linux-x86 vCPU-hour (floating)",
  },
  "GB-Hours": {
    usage: usageKeys.fargateGbHours("linux-x86", "spot"),
    unit: "GB-hour",
    description: "Fargate Spot linux-x86 GB-hour (floating)",
  },
  "ARM-vCPU-Hours": {
    usage: usageKeys.fargateVcpuHours("linux-arm", "spot"),
    unit: "vCPU-hour",
    description: "Fargate Spot linux-arm vCPU-hour (floating)",
  },
  "ARM-GB-Hours": {
    usage: usageKeys.fargateGbHours("linux-arm", "spot"),
    unit: "GB-hour",
    description: "Fargate Spot linux-arm GB-hour (floating)",
  },
};

/**
 * Maps a decoded feed to Fargate Spot rates for the wanted regions. `readAt` is when the feed was
 * read (or its Last-Modified time): Spot rates have no effective date, so that is their as-of.
 * @example spotRatesFromFeed(feed, ["us-east-1"], "2026-09-28T21:37:30.000Z")[0]
 * //=> { usage: "fargate/spot/linux-x86/vcpu-hours", priceUsd: "0.01288871", asOf: "2026-09-28", … }
 */
export function spotRatesFromFeed(feed: unknown, regions: readonly string[], readAt: string): Rate[] {
  const parsed = parseOrThrow(SpotFeedSchema, feed, "Fargate Spot feed");
  const rates: Rate[] = [];
  for (const entry of parsed.prices) {
    const region = entry.attributes["aws:region"];
    const mapping = UNIT_TO_USAGE[entry.unit];
    if (!region || !mapping || !regions.includes(region)) continue;
    rates.push(
      RateSchema.parse({
        service: "AmazonECS",
        region,
        usage: mapping.usage,
        priceUsd: entry.price.USD,
        unit: mapping.unit,
        description: mapping.description,
        sourceId: FARGATE_SPOT_SOURCE_ID,
        asOf: readAt.slice(0, 10),
        publicationDate: readAt,
      }),
    );
  }
  return rates;
}

/** Fetches the feed (retrying transient failures; bounded by `limits`) and maps it; `now` is injected for the as-of. */
export async function fetchFargateSpotRates(
  regions: readonly string[],
  deps: {
    fetch: FetchLike;
    now: () => Date;
    url?: string;
    retry?: Partial<RetryPolicy>;
    limits?: Partial<RefreshLimits>;
    signal?: AbortSignal;
  },
): Promise<Rate[]> {
  const url = deps.url ?? FARGATE_SPOT_FEED_URL;
  const limits = refreshLimits(deps.limits);
  const { json, readAt } = await withRetry(async () => {
    const response = await httpGet(deps.fetch, url, { limits, maxBytes: limits.maxDocumentBytes, signal: deps.signal });
    const lastModified = Date.parse(response.headers.get("last-modified") ?? "");
    const text = await response.text();
    try {
      return {
        json: JSON.parse(text) as unknown,
        readAt: (Number.isNaN(lastModified) ? deps.now() : new Date(lastModified)).toISOString(),
      };
    } catch (error) {
      throw coreError("MALFORMED_PRICE_DATA", message("ERR_SPOT_FEED_NOT_JSON", { url, reason: (error as Error).message }));
    }
  }, deps.retry);
  return spotRatesFromFeed(json, regions, readAt);
}
