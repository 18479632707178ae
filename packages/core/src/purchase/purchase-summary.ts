import type { Message } from "../messages/message";
import { Decimal } from "../money/decimal";

/**
 * How a pattern's compute is bought, with the money that is *not* monthly kept apart: an upfront
 * payment is shown once, and the lines carry it amortised over the term (so totals compare fairly).
 */
export type PurchaseSummary = {
  scope: "ec2" | "fargate";
  /** e.g. "1-year Standard Reserved Instance, Partial Upfront", "Fargate Spot". */
  label: string;
  /** Paid once when the term starts (0 when nothing is upfront). */
  upfrontUsd: Decimal;
  /** Term length (0 when there is no commitment). */
  termMonths: number;
  /** Billed every month for the covered lines, without the upfront part. */
  monthlyRecurringUsd: Decimal;
  /** monthlyRecurringUsd + upfrontUsd ÷ termMonths: what the covered lines' monthlyUsd add up to. */
  monthlyEffectiveUsd: Decimal;
  notes: Message[];
};

/** @example emptySummary("fargate", "On-Demand").upfrontUsd.toString() //=> "0" */
export function emptySummary(scope: PurchaseSummary["scope"], label: string): PurchaseSummary {
  return {
    scope,
    label,
    upfrontUsd: new Decimal(0),
    termMonths: 0,
    monthlyRecurringUsd: new Decimal(0),
    monthlyEffectiveUsd: new Decimal(0),
    notes: [],
  };
}
