import { coreError, type InstanceSpec, type PriceSnapshot, message } from "@repo/core";
import { toRefreshError } from "../faults/classify-error";
import { deadlineSignal, raceSignal, refreshLimits, type RefreshLimits } from "../faults/refresh-limits";
import type { RetryPolicy } from "../faults/retry";
import { instanceFacts, type InstanceFacts } from "../mapping/instance-facts";
import { mergeInstanceCatalog } from "../mapping/merge-instance-catalog";
import { RateCollector } from "../mapping/rate-collector";
import { toRate } from "../mapping/to-rate";
import { ALL_QUERIES } from "../queries/all-queries";
import { ec2InstancesQuery } from "../queries/ec2-instances";
import type { PriceQuery } from "../queries/price-query";
import { assembleSnapshot } from "../snapshot/assemble-snapshot";
import type { FetchLike } from "../sources/offer-files/http-get";
import type { PriceSource, ProductHit } from "../sources/price-source";
import { FARGATE_SPOT_FEED_URL, FARGATE_SPOT_SOURCE_ID, fetchFargateSpotRates } from "../sources/spot-feed/fargate-spot-feed";
import { checkCoverage } from "./check-coverage";

export type RefreshProgress = { completed: number; total: number; detail: string };

export type RefreshOptions = {
  regions: readonly string[];
  source: PriceSource;
  /** Instance catalog supplying ENI limits / max pods (normally the embedded snapshot's). */
  baseCatalog: readonly InstanceSpec[];
  now: () => Date;
  /** The Fargate Spot feed; `false` to skip it. */
  spot: { fetch: FetchLike; url?: string } | false;
  queries?: readonly PriceQuery[];
  retry?: Partial<RetryPolicy>;
  /** Timeouts, overall deadline and size caps (defaults: DEFAULT_REFRESH_LIMITS). */
  limits?: Partial<RefreshLimits>;
  onProgress?: (progress: RefreshProgress) => void;
};

export type RefreshResult = { snapshot: PriceSnapshot; warnings: string[] };

const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Fetches every rate the core needs for `regions` from one source (+ the Fargate Spot feed) and
 * returns a validated snapshot. Nothing is written here: a failure anywhere throws one coded error
 * (UNKNOWN_REGION, PRICE_SOURCE_AUTH/UNREACHABLE/THROTTLED, MALFORMED_PRICE_DATA), so the caller's
 * last good snapshot stays in use. Products that map ambiguously are skipped and listed in `warnings`.
 * The whole refresh runs under `limits.deadlineMs`: past it, the request in flight is aborted and the
 * refresh rejects with one PRICE_SOURCE_UNREACHABLE line, however the source misbehaves.
 * @example const { snapshot } = await refreshPrices({ regions: ["us-east-1"], source: apiSource({ client }), baseCatalog, now: () => new Date(), spot: { fetch } });
 */
export async function refreshPrices(options: RefreshOptions): Promise<RefreshResult> {
  const deadline = deadlineSignal(refreshLimits(options.limits).deadlineMs);
  try {
    return await raceSignal(refreshWithin(options, deadline.signal), deadline.signal);
  } finally {
    deadline.clear();
  }
}

async function refreshWithin(options: RefreshOptions, signal: AbortSignal): Promise<RefreshResult> {
  const queries = options.queries ?? ALL_QUERIES;
  const bad = options.regions.filter((r) => !REGION_CODE.test(r));
  if (bad.length || options.regions.length === 0) {
    throw coreError(
      "UNKNOWN_REGION",
      bad.length
        ? message("ERR_REFRESH_REGION_CODES", { regions: bad.join(", "), field: "regions" })
        : message("ERR_REFRESH_NO_REGIONS", { field: "regions" }),
      {
        field: "regions",
      },
    );
  }
  const total = options.regions.length + (options.spot ? 1 : 0);
  let completed = 0;
  const report = (detail: string) => options.onProgress?.({ completed, total, detail });
  const collector = new RateCollector();
  const facts = new Map<string, InstanceFacts>();
  const warnings: string[] = [];
  for (const region of options.regions) {
    const what = `${options.source.kind} ${region}`;
    let hits: ProductHit[];
    try {
      hits = await options.source.productsFor(region, queries, report, signal);
    } catch (error) {
      throw toRefreshError(error, what);
    }
    if (hits.length === 0)
      throw coreError("UNKNOWN_REGION", message("ERR_REFRESH_NO_PRODUCTS", { region, field: "regions" }), { field: "regions" });
    for (const { query, priced } of hits) {
      const classification = query.classify(priced.product);
      if (!classification) continue;
      const outcome = toRate(priced, classification, { region, sourceId: options.source.sourceId });
      if ("skipped" in outcome) warnings.push(`${region}: ${outcome.skipped}`);
      else collector.add(outcome.rate);
      if (query.id === ec2InstancesQuery.id) {
        const fact = instanceFacts(priced.product);
        if (typeof fact === "string") warnings.push(`${region}: ${fact}`);
        else facts.set(fact.instanceType, fact);
      }
    }
    completed++;
    report(`${region} done`);
  }
  const createdAt = options.now().toISOString();
  const sources: PriceSnapshot["sources"] = {
    [options.source.sourceId]: { ...options.source.description, date: createdAt },
  };
  if (options.spot) {
    const spot = options.spot;
    report("Fargate Spot feed");
    try {
      const spotRates = await fetchFargateSpotRates(options.regions, {
        fetch: spot.fetch,
        now: options.now,
        ...(spot.url ? { url: spot.url } : {}),
        retry: options.retry,
        limits: options.limits,
        signal,
      });
      for (const rate of spotRates) collector.add(rate);
      sources[FARGATE_SPOT_SOURCE_ID] = {
        title: "Fargate Spot price feed read by aws.amazon.com/fargate/pricing (SOURCES.md S8)",
        url: spot.url ?? FARGATE_SPOT_FEED_URL,
        date: createdAt,
      };
    } catch (error) {
      throw toRefreshError(error, "Fargate Spot feed");
    }
    completed++;
    report("Fargate Spot feed done");
  }
  const rates = collector.rates();
  const catalog = mergeInstanceCatalog(facts, options.baseCatalog, options.source.sourceId);
  warnings.push(...collector.warnings, ...catalog.warnings, ...checkCoverage(rates, options.regions, Boolean(options.spot)));
  const snapshot = assembleSnapshot({
    rates,
    instanceTypes: catalog.instanceTypes,
    sources,
    createdAt,
    description: `Refreshed from the ${options.source.description.title} for ${options.regions.join(", ")}`,
    idPrefix: options.source.sourceId,
  });
  return { snapshot, warnings };
}
