import { shortHash } from "@repo/core";

/**
 * A price snapshot as headers name it: its id, and for a file its content hash — the id is whatever
 * the file claims, the hash is what it contains (the embedded snapshot has no hash shown).
 * @example priceBookLabel({ id: "aws-price-list-api-2026-11-23T16-30-00Z", contentHash: "3f2a9c1b7d4e…" })
 * //=> "aws-price-list-api-2026-11-23T16-30-00Z [sha256:3f2a9c1b7d4e]"
 */
export function priceBookLabel(book: { id: string; contentHash?: string | undefined }): string {
  return book.contentHash ? `${book.id} [${shortHash(book.contentHash)}]` : book.id;
}
