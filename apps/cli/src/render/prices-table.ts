import { parseDecimal, toDecimalString, type PriceBook, type Rate } from "@repo/core";
import { renderTextTable } from "./text-table";
import { priceBookLabel } from "./price-book-label";

/** A price as an exact, trimmed decimal ("0.0404800000" → "0.04048"): nothing is rounded. */
export const exactUsd = (price: string) => toDecimalString(parseDecimal(price));

/**
 * `costcalc prices show` as a table: one row per rate with its provenance (as-of date, source, SKU).
 * @example renderPricesTable(book, rates) //=> "Snapshot embedded-2026-10-02 — prices as of 2026-10-02 …"
 */
export function renderPricesTable(book: PriceBook, rates: readonly Rate[]): string {
  const header = `Snapshot ${priceBookLabel(book)} — prices as of ${book.asOf}, created ${book.snapshot.createdAt}; ${rates.length} rate(s) shown\n`;
  const rows = rates.map((r) => [r.region, r.usage, r.unit, exactUsd(r.priceUsd), r.asOf, r.sourceId, r.confidence ?? "", r.sku ?? ""]);
  const table = renderTextTable(
    [
      { header: "Region" },
      { header: "Usage" },
      { header: "Unit" },
      { header: "USD", align: "right" },
      { header: "As of" },
      { header: "Source" },
      { header: "Confidence" },
      { header: "SKU" },
    ],
    rows,
  );
  return `${header}\n${table}\n`;
}

/** The same rates as stable JSON (exact decimal strings). */
export function pricesJson(book: PriceBook, rates: readonly Rate[]): string {
  return `${JSON.stringify({ id: book.id, ...(book.contentHash ? { contentHash: book.contentHash } : {}), asOf: book.asOf, createdAt: book.snapshot.createdAt, sources: book.snapshot.sources, rates }, null, 2)}\n`;
}
