import { embeddedPriceBook } from "@repo/core";

/** The regions the price-book API serves (one static JSON file each): the proxy and the route agree on it. */
export function priceBookRegions(): readonly string[] {
  return embeddedPriceBook().regions;
}
