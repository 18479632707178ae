import { coreError, message, valueAtPath, zodIssueMessage } from "@repo/core";
import type { z } from "zod";
import { PriceListEntrySchema, type OnDemandTerm, type Product } from "./price-list-entry";

/**
 * What both sources hand to the mapping step: one product with its on-demand terms and the
 * publication date of the offer it came from. Source-neutral, so the same queries and the same
 * rate mapping serve the GetProducts API and the bulk offer files.
 */
export type PricedProduct = {
  serviceCode: string;
  product: Product;
  onDemand: OnDemandTerm[];
  publicationDate: string;
};

/**
 * Decodes one GetProducts `PriceList` element (a JSON string) and validates it with zod.
 * A bad element is a MALFORMED_PRICE_DATA error naming the field, never a silent skip.
 * @example decodePriceListItem(page.PriceList[0], "AmazonECS page 1").product.sku //=> "7KPDPTDSCT4J3Z64"
 */
export function decodePriceListItem(item: unknown, where: string): PricedProduct {
  let raw: unknown = item;
  // the SDK's deserializer hands out LazyJsonString objects (String wrappers); recorded pages plain strings
  if (typeof item === "string" || item instanceof String) {
    try {
      raw = JSON.parse(String(item));
    } catch (error) {
      throw coreError("MALFORMED_PRICE_DATA", message("ERR_PRICE_LIST_ELEMENT_NOT_JSON", { where, reason: (error as Error).message }));
    }
  }
  const entry = parseOrThrow(PriceListEntrySchema, raw, where);
  return {
    serviceCode: entry.serviceCode,
    product: entry.product,
    onDemand: Object.values(entry.terms.OnDemand ?? {}),
    publicationDate: entry.publicationDate,
  };
}

/** zod parse with the first issue turned into one MALFORMED_PRICE_DATA line. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "(root)";
  const problem = issue ? zodIssueMessage(issue, valueAtPath(value, issue.path)) : undefined;
  throw coreError(
    "MALFORMED_PRICE_DATA",
    problem
      ? message("ERR_PRICE_DATA_SHAPE", { ...problem.params, problem: problem.code, where, field })
      : message("ERR_PRICE_DATA_INVALID", { where, field }),
    { field },
  );
}
