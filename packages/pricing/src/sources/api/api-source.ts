import type { PriceQuery } from "../../queries/price-query";
import type { PriceSource, ProductHit } from "../price-source";
import { fetchProducts, type ApiDeps } from "./fetch-products";

export const API_SOURCE_ID = "aws-price-list-api";

/**
 * The Price List Query API source (`pricing:GetProducts`, needs AWS credentials). Queries run one
 * after another: the API's request rate is low and a refresh is not latency-critical.
 * @example const source = apiSource({ client: createPricingClient() });
 */
export function apiSource(deps: ApiDeps): PriceSource {
  return {
    kind: "api",
    sourceId: API_SOURCE_ID,
    description: {
      title: "AWS Price List Query API (pricing:GetProducts)",
      url: "https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_pricing_GetProducts.html",
    },
    async productsFor(region: string, queries: readonly PriceQuery[], progress, signal) {
      const hits: ProductHit[] = [];
      for (const query of queries) {
        progress(`${region} ${query.title}`);
        const products = await fetchProducts(
          query,
          region,
          deps,
          (page, count) => progress(`${region} ${query.title}: page ${page}, ${count} products`),
          signal,
        );
        for (const priced of products) hits.push({ query, priced });
      }
      return hits;
    },
  };
}
