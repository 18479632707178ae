import type { Message } from "../messages/message";
import type { CostLine } from "../lines/cost-line";
import { Decimal, sumDecimals } from "../money/decimal";
import { HOURS_PER_MONTH } from "../units/time";
import type { Ec2PriceModel } from "./ec2-price-model";

/**
 * How a pattern's compute is bought, with the money that is *not* monthly kept apart: an upfront
 * payment is shown once, and the lines carry it amortised over the term (so totals compare fairly).
 */
export type PurchaseSummary = {
  scope: "ec2" | "fargate";
  /** e.g. "1-year Standard Reserved Instance, Partial Upfront", "Fargate Spot". */
  label: string;
  /**
   * The label as codes (PURCHASE_*), one per purchase option it names: faces render each in their language and
   * join them with " + " as `label` does (an EC2 pattern whose part-time groups stay On-Demand names both).
   */
  labelMessages: Message[];
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

/** @example emptySummary("fargate", "On-Demand", message("PURCHASE_ON_DEMAND")).upfrontUsd.toString() //=> "0" */
export function emptySummary(scope: PurchaseSummary["scope"], label: string, labelMessage: Message): PurchaseSummary {
  return {
    scope,
    label,
    labelMessages: [labelMessage],
    upfrontUsd: new Decimal(0),
    termMonths: 0,
    monthlyRecurringUsd: new Decimal(0),
    monthlyEffectiveUsd: new Decimal(0),
    notes: [],
  };
}

/**
 * Adds what an EC2 commitment bills (its plan-rate lines: covered share and unused part) to a summary. The upfront
 * part is the model's upfront share of its effective rate (the same for every type: the rates are ratios), over the
 * whole term: effective monthly × share × term months.
 * @example a 1-year Partial Upfront RI ($252 + $0.029/h, S3): share = 252 ÷ (252 + 0.029 × 8760) = 49.8 %
 */
export function addCommitmentToSummary(summary: PurchaseSummary, model: Ec2PriceModel, lines: readonly CostLine[]): void {
  const monthlyEffectiveUsd = sumDecimals(lines.map((line) => line.monthlyUsd));
  const sample = model.price("", new Decimal(1));
  const termHours = HOURS_PER_MONTH.times(model.termMonths);
  const share = sample.effectiveHourly.isZero() ? new Decimal(0) : sample.upfrontPerNode.div(sample.effectiveHourly.times(termHours));
  const upfrontMonthly = monthlyEffectiveUsd.times(share);
  summary.upfrontUsd = summary.upfrontUsd.plus(upfrontMonthly.times(model.termMonths));
  summary.monthlyEffectiveUsd = summary.monthlyEffectiveUsd.plus(monthlyEffectiveUsd);
  summary.monthlyRecurringUsd = summary.monthlyRecurringUsd.plus(monthlyEffectiveUsd.minus(upfrontMonthly));
}
