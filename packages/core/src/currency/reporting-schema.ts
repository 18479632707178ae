import { z } from "zod";
import { ruleText } from "../scenario/coded-rule";
import { CURRENCIES } from "./currency";

/**
 * How a report states its money (issue 21): the reporting currency and the one exchange rate. Omitted
 * = USD at the dated default rate (currency/currency.ts). AWS rates stay USD in every line's provenance.
 */
export const ReportingSchema = z.strictObject({
  /** Every figure of the report in this currency: bill lines, ops, TCO, break-even, sensitivity, exports. */
  currency: z.enum(CURRENCIES).default("USD"),
  /** Yen per US dollar (e.g. your bank's TTM). Default: ¥148.54, Federal Reserve H.10 of 2024-02-02. */
  jpyPerUsd: z.number().positive().min(1).max(10_000).optional(),
  /** Date of your rate (YYYY-MM-DD); shown next to it. Only with `jpyPerUsd`. */
  fxAsOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, ruleText("ERR_DATE_YYYY_MM_DD"))
    .optional(),
  /** Where your rate comes from (e.g. "MUFG TTM"); shown next to it. Only with `jpyPerUsd`. */
  fxSource: z.string().min(1).max(200).optional(),
  /**
   * Add Japan's 10 % consumption tax (消費税) on the AWS charges as its own line per pattern. Default off:
   * AWS prices exclude it and a JCT-registered business recovers it (仕入税額控除), so it is cash, not cost.
   */
  consumptionTax: z.boolean().default(false),
});
export type Reporting = z.output<typeof ReportingSchema>;
