import { z } from "zod";
import { InstanceSpecSchema } from "./instance-spec";
import { RateConfidenceSchema, RateSchema } from "./rate";

export const SnapshotSourceSchema = z.object({
  title: z.string(),
  url: z.string().optional(),
  date: z.string().optional(),
  confidence: RateConfidenceSchema.optional(),
});

/**
 * A dated price snapshot: the only form in which prices enter the core. The embedded one is built
 * from shared/data/aws-pricing; the pricing package writes refreshed ones in the same format.
 */
export const PriceSnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  /** Newest as-of date among the rates (YYYY-MM-DD). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the snapshot file was produced (ISO timestamp). */
  createdAt: z.string(),
  description: z.string(),
  sources: z.record(z.string(), SnapshotSourceSchema),
  rates: z.array(RateSchema),
  instanceTypes: z.array(InstanceSpecSchema),
});
export type PriceSnapshot = z.infer<typeof PriceSnapshotSchema>;
