import { AWS_REGION_CODES } from "@repo/core";

/**
 * The regions the price-book API answers for: every AWS region (a region the snapshot has no rates
 * for gets an empty rate list, so the browser shows the estimate as incomplete); the proxy and the
 * route agree on it. Any other code is a JSON 404.
 */
export function priceBookRegions(): readonly string[] {
  return AWS_REGION_CODES;
}
