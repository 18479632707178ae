import { Decimal, toDecimalString } from "../money/decimal";
import { formatUsd } from "../money/round";
import type { Currency, ExchangeRate, Money, ReportingCurrency } from "./currency";

/**
 * The report edge (issue 21): the model computes in USD (AWS publishes USD rates); a figure is converted
 * ONCE, here, into the reporting currency — exactly (decimal), rounding only for display.
 * Example at ¥150/$: $36.0401 → ¥5,406.015 (shown ¥5,406).
 * @example toReportingAmount(new Decimal("36.0401"), { currency: "JPY", fx }).toFixed() //=> "5406.015"
 */
export function toReportingAmount(usd: Decimal, reporting: ReportingCurrency): Decimal {
  return reporting.currency === "JPY" ? usd.times(reporting.fx.jpyPerUsd).toSignificantDigits(REPORT_SIGNIFICANT_DIGITS) : usd;
}

/**
 * Significant digits of a converted figure. The model computes at 40 (money/decimal.ts); a yen input (the `jp`
 * engineer rate ¥5,000/h) enters it divided by the rate (¥5,000 ÷ 148.54 = $33.66096674296485795072…, cut at
 * 40 digits), so multiplying back gave ¥5,000.000000000000000000000000000000000001 (issue 21: the rate "converted
 * twice"). That noise sits in the last digit or two (relative 1e-39); rounding the converted figure to 30
 * significant digits removes it — ¥5,000 reads back as exactly 5000, ops = hours × ¥5,000 — while keeping 18+
 * decimals for any yen amount below ¥1 trillion (display rounds to whole yen).
 * @example toReportingAmount(new Decimal(5000).div("148.54"), jpyAtDefault).toFixed() //=> "5000"
 */
export const REPORT_SIGNIFICANT_DIGITS = 30;

/** The inverse of `toReportingAmount` (a reporting-currency amount back to USD). */
export function fromReportingAmount(amount: Decimal, reporting: ReportingCurrency): Decimal {
  return reporting.currency === "JPY" ? amount.div(reporting.fx.jpyPerUsd) : amount;
}

/**
 * An amount given in `currency` (a JPY engineer rate) in USD, the model's arithmetic currency.
 * @example usdFrom(new Decimal(5000), "JPY", fx).times(150).toFixed() //=> "5000" (at ¥150/$)
 */
export function usdFrom(amount: Decimal, currency: Currency, fx: ExchangeRate): Decimal {
  return currency === "JPY" ? amount.div(fx.jpyPerUsd) : amount;
}

/** @example reportingMoney(new Decimal("36.0401"), jpy150) //=> { amount: "5406.015", currency: "JPY" } */
export function reportingMoney(usd: Decimal, reporting: ReportingCurrency): Money {
  return { amount: toDecimalString(toReportingAmount(usd, reporting)), currency: reporting.currency };
}

/**
 * How yen are written: `prefix` "¥12,346" (English), `suffix` "12,346 円" (Japanese: AWS Japan and
 * shared/docs/glossary-ja.md put the unit after the number, half-width space, never the full-width "￥").
 */
export type YenStyle = "prefix" | "suffix";

/**
 * Display text of an amount already in `currency`: dollars to cents ("$12,345.68"), yen to whole yen
 * ("¥12,346" / "12,346 円": JPY has no minor unit in ISO 4217), half away from zero — the one display rounding.
 * @example formatAmount(new Decimal("12345.6"), "JPY", "suffix") //=> "12,346 円"
 */
export function formatAmount(amount: Decimal, currency: Currency, yen: YenStyle = "prefix"): string {
  if (currency === "USD") return formatUsd(amount);
  return yenText(amount.toFixed(0, Decimal.ROUND_HALF_UP), yen);
}

/**
 * A yen amount already rounded to the places it is shown at ("-1234", "7.50") as text: thousands grouped in the
 * whole part, a minus only when the rounded amount is not zero, "¥" before or "円" after.
 * @example yenText("-1234", "prefix") //=> "-¥1,234"   @example yenText("7.50", "suffix") //=> "7.50 円"   @example yenText("-0.00", "prefix") //=> "¥0.00"
 */
export function yenText(rounded: string, yen: YenStyle): string {
  const negative = rounded.startsWith("-") && /[1-9]/.test(rounded);
  const [whole = "", fraction] = rounded.replace(/^-/, "").split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction === undefined ? "" : `.${fraction}`);
  const sign = negative ? "-" : "";
  return yen === "suffix" ? `${sign}${digits} 円` : `${sign}¥${digits}`;
}

/**
 * A USD model figure as display text in the reporting currency.
 * @example formatReporting(new Decimal("36.0401"), jpy150) //=> "¥5,406"
 * @example formatReporting(new Decimal("36.0401"), usd) //=> "$36.04"
 */
export function formatReporting(usd: Decimal, reporting: ReportingCurrency, yen: YenStyle = "prefix"): string {
  return formatAmount(toReportingAmount(usd, reporting), reporting.currency, yen);
}

/** "¥148.54/$ (2024-02-02, Federal Reserve H.10 …)": the one stated rate, for report headers. */
export function fxText(fx: ExchangeRate): string {
  return `¥${fx.jpyPerUsd.toFixed()}/$ (${fx.asOf}, ${fx.source})`;
}
