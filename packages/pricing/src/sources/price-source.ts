import type { PricedProduct } from "../price-list/priced-product";
import type { PriceQuery } from "../queries/price-query";

/** A product and the query that selected it. */
export type ProductHit = { query: PriceQuery; priced: PricedProduct };

/** Progress of a source, for the CLI's progress bar: a short text about the current step. */
export type SourceProgress = (detail: string) => void;

/**
 * Where refreshed prices come from: the Price List Query API (credentials) or the public bulk
 * offer files (no credentials). Both return the same source-neutral products.
 */
export type PriceSource = {
  readonly kind: "api" | "offer-files";
  /** Written into every rate's `sourceId` and the snapshot's `sources` map. */
  readonly sourceId: string;
  readonly description: { title: string; url?: string };
  /**
   * Every product of `region` that one of `queries` selects (empty for a region AWS does not know).
   * `signal` is the refresh's overall deadline: when it aborts, the source stops and rejects.
   */
  productsFor(region: string, queries: readonly PriceQuery[], progress: SourceProgress, signal?: AbortSignal): Promise<ProductHit[]>;
};
