import { coreError, message } from "@repo/core";
import { z } from "zod";
import { parseOrThrow } from "../../price-list/priced-product";
import { refreshLimits, type RefreshLimits } from "../../faults/refresh-limits";
import { withRetry, type RetryPolicy } from "../../faults/retry";
import { httpGet, type FetchLike } from "./http-get";

/** Public Price List bulk API host (no credentials needed). */
export const OFFER_BASE_URL = "https://pricing.us-east-1.amazonaws.com";

/** `offers/v1.0/aws/<service>/current/region_index.json`: region → that region's current offer file. */
export const RegionIndexSchema = z.object({
  publicationDate: z.string().optional(),
  regions: z.record(z.string(), z.object({ regionCode: z.string(), currentVersionUrl: z.string().startsWith("/") })),
});
export type RegionIndex = z.infer<typeof RegionIndexSchema>;

/** @example regionIndexUrl("AmazonECS") //=> "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/region_index.json" */
export function regionIndexUrl(serviceCode: string, baseUrl = OFFER_BASE_URL): string {
  return `${baseUrl}/offers/v1.0/aws/${serviceCode}/current/region_index.json`;
}

/** Fetches and validates a service's region index (small: tens of KB, capped at `maxDocumentBytes`), retrying transient failures. */
export async function fetchRegionIndex(
  serviceCode: string,
  deps: { fetch: FetchLike; baseUrl?: string; retry?: Partial<RetryPolicy>; limits?: Partial<RefreshLimits>; signal?: AbortSignal },
): Promise<RegionIndex> {
  const url = regionIndexUrl(serviceCode, deps.baseUrl);
  const limits = refreshLimits(deps.limits);
  const json = await withRetry(async () => {
    const response = await httpGet(deps.fetch, url, { limits, maxBytes: limits.maxDocumentBytes, signal: deps.signal });
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw coreError("MALFORMED_PRICE_DATA", message("ERR_REGION_INDEX_NOT_JSON", { url, reason: (error as Error).message }));
    }
  }, deps.retry);
  return parseOrThrow(RegionIndexSchema, json, `region index ${url}`);
}
