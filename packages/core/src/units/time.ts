import { Decimal } from "../money/decimal";

/**
 * Hours in a billing month, as AWS's own Pricing Calculator (and infracost) assume:
 * 365 days × 24 h ÷ 12 months = 730 h. The only place 730 may appear.
 */
export const HOURS_PER_MONTH = new Decimal(730);
/** 12 months a year; yearly figures are monthly × 12 (= 8,760 h). */
export const MONTHS_PER_YEAR = new Decimal(12);
/** 3-year totals (a common Savings Plan / Reserved Instance term). */
export const MONTHS_PER_THREE_YEARS = new Decimal(36);
export const SECONDS_PER_HOUR = new Decimal(3600);
export const HOURS_PER_DAY = new Decimal(24);
/** Days in an average billing month: 730 ÷ 24 = 30.41666… (kept as a fraction until used). */
export const DAYS_PER_MONTH = HOURS_PER_MONTH.div(HOURS_PER_DAY);

/** @example monthlyToYearly(new Decimal("10.5")).toString() //=> "126" */
export function monthlyToYearly(monthly: Decimal): Decimal {
  return monthly.times(MONTHS_PER_YEAR);
}

/** @example secondsToHours(new Decimal(90)).toString() //=> "0.025" */
export function secondsToHours(seconds: Decimal): Decimal {
  return seconds.div(SECONDS_PER_HOUR);
}
