import {
  GetProductsCommand,
  type GetProductsCommandInput,
  type GetProductsCommandOutput,
  type PricingClient,
} from "@aws-sdk/client-pricing";
import { coreError, message } from "@repo/core";
import { decodePriceListItem, type PricedProduct } from "../../price-list/priced-product";
import type { PriceQuery } from "../../queries/price-query";
import { raceSignal, refreshLimits, type RefreshLimits } from "../../faults/refresh-limits";
import { withRetry, type RetryPolicy } from "../../faults/retry";

export type ApiDeps = { client: PricingClient; retry?: Partial<RetryPolicy>; pageSize?: number; limits?: Partial<RefreshLimits> };

/** The GetProducts input of a query for a region: ServiceCode + TERM_MATCH filters. */
export function getProductsInput(query: PriceQuery, region: string): GetProductsCommandInput {
  return {
    ServiceCode: query.serviceCode,
    FormatVersion: "aws_v1",
    Filters: query.filters(region).map((f) => ({ Type: "TERM_MATCH", Field: f.Field, Value: f.Value })),
  };
}

const short = (token: string) => (token.length > 24 ? `${token.slice(0, 24)}…` : token);

/**
 * Every product a query selects in a region, page by page (GetProducts + NextToken). Each PriceList
 * element (a JSON string) is decoded and validated. A throttled or failed page is retried with
 * backoff, resuming at that page (the last good NextToken), so no page is read twice.
 * Pagination guard: a NextToken seen before (a loop) or more than `limits.maxPages` pages is a
 * MALFORMED_PRICE_DATA error, never an endless walk; `signal` (the overall deadline) aborts the
 * request in flight.
 * @example await fetchProducts(fargateQuery, "us-east-1", { client }) //=> PricedProduct[] (11 for the recorded S1 page)
 */
export async function fetchProducts(
  query: PriceQuery,
  region: string,
  deps: ApiDeps,
  onPage?: (page: number, productCount: number) => void,
  signal?: AbortSignal,
): Promise<PricedProduct[]> {
  const input = getProductsInput(query, region);
  const { maxPages } = refreshLimits(deps.limits);
  const products: PricedProduct[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  let page = 0;
  await withRetry(async () => {
    for (;;) {
      const where = `GetProducts ${query.serviceCode} ${region} page ${page + 1}`;
      if (page >= maxPages) throw coreError("MALFORMED_PRICE_DATA", message("ERR_PAGINATION_PAGES", { where, maxPages }));
      // a fresh input per request: the token is ours, not written into a shared object
      const command = new GetProductsCommand({ ...input, MaxResults: deps.pageSize ?? 100, ...(token ? { NextToken: token } : {}) });
      const output: GetProductsCommandOutput = await raceSignal(deps.client.send(command, signal ? { abortSignal: signal } : {}), signal);
      page++;
      const items: unknown = output.PriceList ?? [];
      if (!Array.isArray(items)) throw coreError("MALFORMED_PRICE_DATA", message("ERR_PRICE_LIST_NOT_ARRAY", { where }));
      products.push(...items.map((item: unknown, i) => decodePriceListItem(item, `${where} item ${i + 1}`)));
      onPage?.(page, products.length);
      const next = output.NextToken;
      if (!next) return;
      if (seenTokens.has(next)) throw coreError("MALFORMED_PRICE_DATA", message("ERR_PAGINATION_LOOP", { where, token: short(next) }));
      seenTokens.add(next);
      token = next;
    }
  }, deps.retry);
  return products;
}
