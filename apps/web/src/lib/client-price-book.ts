import { createPriceBook, type PriceBook } from "@repo/core";

const books = new Map<string, Promise<PriceBook>>();

/**
 * The price book of one region for in-browser recalculation, fetched once per region from
 * `/api/price-book/<region>` (a static JSON file built from the embedded snapshot), so the
 * ~700 KB all-region snapshot never enters the JavaScript bundle.
 */
export function loadRegionBook(region: string): Promise<PriceBook> {
  let book = books.get(region);
  if (!book) {
    book = fetch(`/api/price-book/${encodeURIComponent(region)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`price book for ${region}: HTTP ${response.status}`);
        return response.json();
      })
      .then((snapshot: unknown) => createPriceBook(snapshot));
    book.catch(() => books.delete(region));
    books.set(region, book);
  }
  return book;
}
