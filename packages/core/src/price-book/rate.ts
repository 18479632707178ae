import type { Message } from "../messages/message";
import { z } from "zod";
import { ruleText } from "../scenario/coded-rule";

/** A price as AWS publishes it: a plain decimal string, never a float (its rule is coded: ERR_PLAIN_DECIMAL_STRING). */
export const DecimalStringSchema = z.string().regex(/^\d+(\.\d+)?$/, ruleText("ERR_PLAIN_DECIMAL_STRING"));

/** The billing units we price in, in our own words (AWS's `unit` field mapped once, at the edge). */
export const PRICE_UNITS = [
  "vCPU-hour",
  "GB-hour",
  "hour",
  "GB-month",
  "IOPS-month",
  "MBps-month",
  "GB",
  "LCU-hour",
  "IP-hour",
  "cluster-hour",
  "instance-hour",
  /** Interface VPC endpoint provisioned in one AZ for one hour. */
  "endpoint-AZ-hour",
  "NLCU-hour",
  /** Container Insights (enhanced observability): one million observations. */
  "million-observations",
  /** A flat monthly fee (e.g. an AWS Support plan's minimum). */
  "month",
  /** Non-AWS: one hour of loaded engineer time (ops-effort lines, category "ops"). */
  "engineer-hour",
  /** Non-AWS: a surcharge quoted as a fraction of another amount in USD (e.g. EKS Auto Mode ≈ 12 % of EC2). */
  "USD",
] as const;
export const PriceUnitSchema = z.enum(PRICE_UNITS);
export type PriceUnit = z.infer<typeof PriceUnitSchema>;

export const AWS_SERVICE_CODES = [
  "AmazonECS",
  "AmazonEKS",
  "AmazonEC2",
  "AWSELB",
  "AmazonVPC",
  "ComputeSavingsPlans",
  "AWSDataTransfer",
  "AmazonCloudWatch",
  "AmazonECR",
  "AWSSupport",
] as const;
/** Rates that hold in every region (AWS Support plans, the account-wide free data-transfer allowance). */
export const GLOBAL_REGION = "global";
/** Rates that are not AWS prices: people time, modelled surcharges (shared/research/ops-effort.md), Japan's consumption tax. */
export const NON_AWS_RATE_SOURCES = ["EngineeringLabour", "ModelledSurcharge", "JapanConsumptionTax"] as const;

/**
 * How far a rate's source can be trusted, from shared/data/aws-pricing/SOURCES.md: "primary" = AWS's own
 * data (a Price List read, an AWS page, a real bill, a generator run on AWS APIs); "secondary" = a third
 * party quoting or re-deriving it (research notes, catalogs without a date); "low" = test fixtures and
 * other sources SOURCES.md marks low confidence. Shown next to the rate, never hidden.
 */
export const RATE_CONFIDENCES = ["primary", "secondary", "low"] as const;
export const RateConfidenceSchema = z.enum(RATE_CONFIDENCES);
export type RateConfidence = z.infer<typeof RateConfidenceSchema>;

/**
 * One rate with its provenance: what it prices (`usage`, a key from `usage-keys.ts`), where
 * (`region`), how much per `unit`, and where the figure comes from (`sourceId`, `asOf`).
 */
export const RateSchema = z.object({
  service: z.enum([...AWS_SERVICE_CODES, ...NON_AWS_RATE_SOURCES]),
  region: z.string().min(1),
  usage: z.string().min(1),
  priceUsd: DecimalStringSchema,
  unit: PriceUnitSchema,
  description: z.string(),
  /** Source ids as in shared/data/aws-pricing/SOURCES.md (e.g. "S2;S8"), or "aws-price-list-api". */
  sourceId: z.string().min(1),
  /** ISO date the price was effective or read: YYYY-MM-DD, YYYY-MM when the source gives a month only, or "undated". */
  asOf: z.string().regex(/^(\d{4}-\d{2}(-\d{2})?|undated)$/),
  /** Absent for rates read live from AWS (primary by construction) and for older snapshot files. */
  confidence: RateConfidenceSchema.optional(),
  sku: z.string().optional(),
  usageType: z.string().optional(),
  /** AWS term `effectiveDate` (ISO timestamp) when the rate came from the Price List. */
  effectiveDate: z.string().optional(),
  /** AWS offer `publicationDate` (ISO timestamp), or the feed's Last-Modified time. */
  publicationDate: z.string().optional(),
  /**
   * "derived": computed from a documented rule, not read from a price list (e.g. a Windows
   * licence-included rate = Linux rate + vCPU × $0.046). Lines priced with it say so. Omitted = observed.
   */
  basis: z.enum(["observed", "derived"]).optional(),
});
export type Rate = z.infer<typeof RateSchema>;

/**
 * A rate the estimate needed but the price book does not have. Shown to the user, never guessed. `neededFor` is the
 * English name of the line it would price; `neededForMessage` the same as a code + params (the line's `nameMessage`,
 * messages/en/lines.ts), so faces word it in their language.
 */
export type MissingRate = { region: string; usage: string; neededFor: string; neededForMessage: Message };
