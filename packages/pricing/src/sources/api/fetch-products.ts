import { paginateGetProducts, type GetProductsCommandInput, type PricingClient } from "@aws-sdk/client-pricing";
import { coreError } from "@repo/core";
import { decodePriceListItem, type PricedProduct } from "../../price-list/priced-product";
import type { PriceQuery } from "../../queries/price-query";
import { withRetry, type RetryPolicy } from "../../faults/retry";

export type ApiDeps = { client: PricingClient; retry?: Partial<RetryPolicy>; pageSize?: number };

/** The GetProducts input of a query for a region: ServiceCode + TERM_MATCH filters. */
export function getProductsInput(query: PriceQuery, region: string): GetProductsCommandInput {
  return {
    ServiceCode: query.serviceCode,
    FormatVersion: "aws_v1",
    Filters: query.filters(region).map((f) => ({ Type: "TERM_MATCH", Field: f.Field, Value: f.Value })),
  };
}

/**
 * Every product a query selects in a region, through `paginateGetProducts`. Each PriceList element
 * (a JSON string) is decoded and validated. A throttled or failed page is retried with backoff,
 * resuming at that page (`startingToken` = the last good NextToken), so no page is read twice.
 * @example await fetchProducts(fargateQuery, "us-east-1", { client }) //=> PricedProduct[] (11 for the recorded S1 page)
 */
export async function fetchProducts(
  query: PriceQuery,
  region: string,
  deps: ApiDeps,
  onPage?: (page: number, productCount: number) => void,
): Promise<PricedProduct[]> {
  const input = getProductsInput(query, region);
  const products: PricedProduct[] = [];
  let token: string | undefined;
  let page = 0;
  await withRetry(async () => {
    // a fresh copy per attempt: the paginator writes NextToken into the input object it is given
    const pages = paginateGetProducts({ client: deps.client, pageSize: deps.pageSize ?? 100, ...(token ? { startingToken: token } : {}) }, { ...input });
    for await (const output of pages) {
      page++;
      const where = `GetProducts ${query.serviceCode} ${region} page ${page}`;
      const items: unknown = output.PriceList ?? [];
      if (!Array.isArray(items)) throw coreError("MALFORMED_PRICE_DATA", `${where}: PriceList is not an array`);
      const decoded = items.map((item: unknown, i) => decodePriceListItem(item, `${where} item ${i + 1}`));
      products.push(...decoded);
      token = output.NextToken;
      onPage?.(page, products.length);
    }
  }, deps.retry);
  return products;
}
