import { coreError, message } from "@repo/core";
import { OfferTermsRecordSchema, ProductSchema, type OnDemandTerm, type Product } from "../../price-list/price-list-entry";
import { parseOrThrow } from "../../price-list/priced-product";
import { matchesFilters, type PriceQuery, type TermMatchFilter } from "../../queries/price-query";
import { JsonRecordExtractor, JsonStreamError } from "../../stream/json-record-extractor";
import type { ProductHit } from "../price-source";

/** TERM_MATCH filters (regionCode aside: the file is per region) against an unvalidated product record. */
function rawMatches(value: unknown, filters: readonly TermMatchFilter[]): boolean {
  const raw = (value ?? {}) as { productFamily?: unknown; attributes?: Record<string, unknown> };
  return filters.every(
    (f) => f.Field === "regionCode" || (f.Field === "productFamily" ? raw.productFamily : raw.attributes?.[f.Field]) === f.Value,
  );
}

export type OfferStreamResult = { hits: ProductHit[]; publicationDate: string; productCount: number; bytes: number };

const PATTERNS = [["products", "*"], ["terms", "OnDemand", "*"], ["publicationDate"]] as const;

/**
 * Streams one region's offer file (`products` → `terms.OnDemand` → `terms.Reserved` …) and keeps only
 * the products the queries select, with their on-demand terms. Memory is bounded by the selected
 * products (hundreds), not the file (hundreds of MB): every other product is dropped as soon as it
 * is read, terms of unselected SKUs are skipped unparsed, and Reserved terms are never parsed.
 * AWS writes `products` before `terms`; should a file ever put terms first, those terms are kept
 * until the products arrive, so the result is the same (only memory grows).
 */
export async function readOfferStream(
  chunks: AsyncIterable<Uint8Array>,
  context: { serviceCode: string; region: string; queries: readonly PriceQuery[]; where: string },
  onBytes?: (bytes: number) => void,
): Promise<OfferStreamResult> {
  const selected = new Map<string, { product: Product; query: PriceQuery }>();
  const terms = new Map<string, OnDemandTerm[]>();
  const filters = context.queries.map((query) => ({ query, filters: query.filters(context.region) }));
  let productCount = 0;
  let publicationDate = "";
  const extractor = new JsonRecordExtractor(
    PATTERNS,
    (path, value) => {
      if (path[0] === "publicationDate") {
        publicationDate = String(value);
      } else if (path[0] === "products") {
        productCount++;
        // cheap TERM_MATCH pre-check on the raw record: most of an EC2 file cannot match, and those
        // products need no zod validation; every candidate is validated before it is used
        if (!filters.some((f) => rawMatches(value, f.filters))) return;
        const product = parseOrThrow(ProductSchema, value, `${context.where} products.${path[1]}`);
        const match = filters.find((f) => matchesFilters(product, f.filters, ["regionCode"]) && f.query.classify(product));
        if (match) selected.set(product.sku, { product, query: match.query });
      } else {
        const record = parseOrThrow(OfferTermsRecordSchema, value, `${context.where} terms.OnDemand.${path[2]}`);
        terms.set(path[2] as string, Object.values(record));
      }
    },
    // terms of SKUs no query selected are skipped unparsed (once products have been seen)
    (path) => path[0] !== "terms" || productCount === 0 || selected.has(path[2] as string),
  );
  try {
    for await (const chunk of chunks) {
      extractor.write(chunk);
      onBytes?.(extractor.position);
    }
    extractor.end();
  } catch (error) {
    if (error instanceof JsonStreamError)
      throw coreError("MALFORMED_PRICE_DATA", message("ERR_OFFER_FILE_NOT_JSON", { where: context.where, reason: error.message }));
    throw error;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(publicationDate)) {
    throw coreError("MALFORMED_PRICE_DATA", message("ERR_OFFER_NO_PUBLICATION_DATE", { where: context.where, field: "publicationDate" }), {
      field: "publicationDate",
    });
  }
  const hits: ProductHit[] = [];
  for (const [sku, { product, query }] of selected) {
    hits.push({ query, priced: { serviceCode: context.serviceCode, product, onDemand: terms.get(sku) ?? [], publicationDate } });
  }
  return { hits, publicationDate, productCount, bytes: extractor.position };
}
