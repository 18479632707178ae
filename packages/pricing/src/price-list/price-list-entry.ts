import { DecimalStringSchema } from "@repo/core";
import { z } from "zod";

/**
 * Zod schemas of the AWS Price List product format, shared by both sources: one decoded element
 * of a GetProducts `PriceList` (each element arrives as a JSON *string*), and the `products` /
 * `terms.OnDemand` records of a bulk offer file. Prices stay decimal strings (`"0.0404800000"`).
 * Unknown fields are ignored (AWS adds attributes over time); Reserved terms are not read.
 */
export const PriceDimensionSchema = z.object({
  unit: z.string(),
  /** USD is absent in a few non-USD partitions; such dimensions are skipped, never converted. */
  pricePerUnit: z.object({ USD: DecimalStringSchema.optional() }),
  beginRange: z.string().optional(),
  endRange: z.string().optional(),
  description: z.string().optional(),
  rateCode: z.string().optional(),
});
export type PriceDimension = z.infer<typeof PriceDimensionSchema>;

export const OnDemandTermSchema = z.object({
  sku: z.string().min(1),
  effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must start with YYYY-MM-DD"),
  offerTermCode: z.string().optional(),
  priceDimensions: z.record(z.string(), PriceDimensionSchema),
});
export type OnDemandTerm = z.infer<typeof OnDemandTermSchema>;

export const ProductSchema = z.object({
  sku: z.string().min(1),
  productFamily: z.string().optional(),
  attributes: z.record(z.string(), z.string()),
});
export type Product = z.infer<typeof ProductSchema>;

/** One decoded GetProducts PriceList element. */
export const PriceListEntrySchema = z.object({
  product: ProductSchema,
  serviceCode: z.string().min(1),
  terms: z.object({ OnDemand: z.record(z.string(), OnDemandTermSchema).optional() }),
  version: z.string().optional(),
  publicationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must start with YYYY-MM-DD"),
});
export type PriceListEntry = z.infer<typeof PriceListEntrySchema>;

/** Offer-file `terms.OnDemand.<sku>` record: term code → term. */
export const OfferTermsRecordSchema = z.record(z.string(), OnDemandTermSchema);
