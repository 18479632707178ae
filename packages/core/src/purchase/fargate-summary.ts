import type { CostLine } from "../lines/cost-line";
import { message } from "../messages/message";
import { sumDecimals } from "../money/decimal";
import type { FargateRateChoice } from "./fargate-rate-choice";
import type { PurchaseSummary } from "./purchase-summary";

/**
 * The purchase summary of a Fargate pattern from the lines the option covers (vCPU and memory).
 * Upfront = covered monthly × upfront share × term months; recurring = the rest each month.
 * @example fargateSummary(allUpfront3y, lines).upfrontUsd //=> covered monthly × 36
 */
export function fargateSummary(choice: FargateRateChoice, covered: readonly CostLine[]): PurchaseSummary {
  const monthlyEffectiveUsd = sumDecimals(covered.map((line) => line.monthlyUsd));
  const upfrontMonthly = monthlyEffectiveUsd.times(choice.upfrontShare);
  return {
    scope: "fargate",
    label: choice.label,
    labelMessages: [choice.labelMessage],
    upfrontUsd: upfrontMonthly.times(choice.termMonths),
    termMonths: choice.termMonths,
    monthlyRecurringUsd: monthlyEffectiveUsd.minus(upfrontMonthly),
    monthlyEffectiveUsd,
    notes: choice.upfrontShare.isZero()
      ? choice.notes
      : [
          ...choice.notes,
          message("NOTE_FARGATE_UPFRONT", { upfrontPercent: choice.upfrontShare.times(100).toFixed(), termMonths: choice.termMonths }),
        ],
  };
}
