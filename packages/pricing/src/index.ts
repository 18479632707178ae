// The public API of @repo/pricing: every exported name is listed here.

// embedded snapshot builder (shared/data/aws-pricing CSVs → core/src/snapshot/embedded-snapshot.json)
export { buildEmbeddedSnapshot, type EmbeddedSources } from "./embedded/build-embedded-snapshot";
export { readSharedSources } from "./embedded/read-shared-sources";
export { parseCsv, firstDate } from "./embedded/csv";

// live refresh
export { refreshPrices, type RefreshOptions, type RefreshResult, type RefreshProgress } from "./refresh/refresh-prices";
export { refreshSnapshotFile } from "./refresh/refresh-snapshot-file";
export { checkCoverage } from "./refresh/check-coverage";
export { apiSource, API_SOURCE_ID } from "./sources/api/api-source";
export { createPricingClient, PRICING_API_REGIONS, type PricingClientOptions } from "./sources/api/create-pricing-client";
export { fetchProducts, getProductsInput, type ApiDeps } from "./sources/api/fetch-products";
export { offerFileSource, OFFER_FILES_SOURCE_ID, type OfferFileDeps } from "./sources/offer-files/offer-file-source";
export { readOfferStream, type OfferStreamResult } from "./sources/offer-files/read-offer-stream";
export { fetchRegionIndex, regionIndexUrl, OFFER_BASE_URL, RegionIndexSchema, type RegionIndex } from "./sources/offer-files/region-index";
export type { FetchLike } from "./sources/offer-files/http-get";
export {
  fetchFargateSpotRates,
  spotRatesFromFeed,
  SpotFeedSchema,
  FARGATE_SPOT_FEED_URL,
  FARGATE_SPOT_SOURCE_ID,
} from "./sources/spot-feed/fargate-spot-feed";
export type { PriceSource, ProductHit, SourceProgress } from "./sources/price-source";

// Price List format and queries
export {
  PriceListEntrySchema,
  ProductSchema,
  OnDemandTermSchema,
  PriceDimensionSchema,
  type PriceListEntry,
  type Product,
} from "./price-list/price-list-entry";
export { decodePriceListItem, type PricedProduct } from "./price-list/priced-product";
export { ALL_QUERIES } from "./queries/all-queries";
export type { PriceQuery, TermMatchFilter, Classification } from "./queries/price-query";
export { toRate } from "./mapping/to-rate";
export { instanceFacts, type InstanceFacts } from "./mapping/instance-facts";

// faults
export { withRetry, backoffDelayMs, DEFAULT_RETRY, type RetryPolicy } from "./faults/retry";
export { classifyFailure, toRefreshError, type FailureKind } from "./faults/classify-error";
export { DEFAULT_REFRESH_LIMITS, refreshLimits, type RefreshLimits } from "./faults/refresh-limits";

// snapshot files
export { writeSnapshotAtomic } from "./snapshot/write-snapshot-atomic";
export { removeStaleTemps } from "./snapshot/remove-stale-temps";
export { loadSnapshotFile } from "./snapshot/load-snapshot-file";
export { diffSnapshots, type SnapshotDiff, type RateChange } from "./snapshot/diff-snapshots";
export { assembleSnapshot } from "./snapshot/assemble-snapshot";

// streaming JSON
export { JsonRecordExtractor, JsonStreamError, type RecordPattern } from "./stream/json-record-extractor";
