import { coreError, message } from "@repo/core";
import { refreshLimits, type RefreshLimits } from "../../faults/refresh-limits";
import { withRetry, type RetryPolicy } from "../../faults/retry";
import type { PriceQuery } from "../../queries/price-query";
import type { PriceSource, ProductHit } from "../price-source";
import { httpGet, type FetchLike } from "./http-get";
import { readOfferStream } from "./read-offer-stream";
import { fetchRegionIndex, OFFER_BASE_URL, type RegionIndex } from "./region-index";

export const OFFER_FILES_SOURCE_ID = "aws-price-list-bulk";

export type OfferFileDeps = { fetch?: FetchLike; baseUrl?: string; retry?: Partial<RetryPolicy>; limits?: Partial<RefreshLimits> };

/**
 * The public Price List bulk API (no credentials): per service, the region index, then the region's
 * current offer file, streamed. A download that breaks mid-way is retried from the start with backoff;
 * a file whose JSON is cut short or invalid is a MALFORMED_PRICE_DATA error. Every request is bounded
 * by `limits` (response and stall timeouts, body size) and the refresh's deadline signal.
 * @example const source = offerFileSource({ fetch }); // Node's global fetch by default
 */
export function offerFileSource(deps: OfferFileDeps = {}): PriceSource {
  const fetchFn: FetchLike = deps.fetch ?? ((url, init) => fetch(url, init));
  const baseUrl = deps.baseUrl ?? OFFER_BASE_URL;
  const limits = refreshLimits(deps.limits);
  const indexes = new Map<string, Promise<RegionIndex>>();
  const indexFor = (serviceCode: string, signal: AbortSignal | undefined) => {
    if (!indexes.has(serviceCode))
      indexes.set(serviceCode, fetchRegionIndex(serviceCode, { fetch: fetchFn, baseUrl, retry: deps.retry, limits, signal }));
    return indexes.get(serviceCode) as Promise<RegionIndex>;
  };
  return {
    kind: "offer-files",
    sourceId: OFFER_FILES_SOURCE_ID,
    description: { title: "AWS Price List bulk offer files (public, no credentials)", url: `${baseUrl}/offers/v1.0/aws/index.json` },
    async productsFor(region: string, queries: readonly PriceQuery[], progress, signal) {
      const services = [...new Set(queries.map((q) => q.serviceCode))];
      const hits: ProductHit[] = [];
      const known: string[] = [];
      for (const serviceCode of services) {
        const index = await indexFor(serviceCode, signal);
        const entry = index.regions[region];
        known.push(...Object.keys(index.regions));
        if (!entry) continue;
        const url = `${baseUrl}${entry.currentVersionUrl}`;
        const where = `offer file ${serviceCode} ${region}`;
        const serviceQueries = queries.filter((q) => q.serviceCode === serviceCode);
        progress(`${region} ${serviceCode}: downloading`);
        const result = await withRetry(async () => {
          const response = await httpGet(fetchFn, url, { limits, maxBytes: limits.maxOfferFileBytes, signal });
          const total = Number(response.headers.get("content-length") ?? 0);
          const mb = (n: number) => (n / 1e6).toFixed(0);
          return readOfferStream(response.chunks(), { serviceCode, region, queries: serviceQueries, where }, (bytes) =>
            progress(`${region} ${serviceCode}: ${mb(bytes)}${total ? `/${mb(total)}` : ""} MB`),
          );
        }, deps.retry);
        hits.push(...result.hits);
      }
      if (!known.includes(region)) {
        throw coreError("UNKNOWN_REGION", message("ERR_REFRESH_NO_OFFERS", { region, field: "regions" }), {
          field: "regions",
          allowed: [...new Set(known)].sort(),
        });
      }
      return hits;
    },
  };
}
