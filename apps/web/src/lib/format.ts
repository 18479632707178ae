import { Decimal, parseDecimal, roundToCents, toReportingAmount, type ReportingCurrency } from "@repo/core";
import type { Locale } from "./i18n";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", ja: "ja-JP" };

const moneyFormats = new Map<string, Intl.NumberFormat>();
const formatOf = (locale: Locale, currency: "USD" | "JPY"): Intl.NumberFormat => {
  const key = `${locale}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency });
    moneyFormats.set(key, format);
  }
  return format;
};

/**
 * An exact USD model figure for display in the report's currency: USD rounded once to cents
 * (`roundToCents`); with a rate (yen per dollar, the core result's one stated rate in a JPY report) it is
 * converted by the core's report-edge converter (`toReportingAmount`, exact) and rounded once to whole yen.
 * Intl formats the rounded decimal *string*, so no float is involved.
 * @example formatMoney("12345.675", "en") //=> "$12,345.68"
 * @example formatMoney("36.0401", "ja", "150") //=> "￥5,406"
 */
export function formatMoney(exactUsd: string, locale: Locale, jpyPerUsd = ""): string {
  if (!jpyPerUsd) return formatOf(locale, "USD").format(roundToCents(parseDecimal(exactUsd)) as Intl.StringNumericLiteral);
  const reporting: ReportingCurrency = {
    currency: "JPY",
    fx: { jpyPerUsd: parseDecimal(jpyPerUsd), asOf: "", source: "", userSet: false },
  };
  const yen = toReportingAmount(parseDecimal(exactUsd), reporting).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return formatOf(locale, "JPY").format(yen.toFixed(0) as Intl.StringNumericLiteral);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A plain quantity (task count, GiB, %) per locale. @example formatNumber("1234.5", "en") //=> "1,234.5" */
export function formatNumber(value: string | number, locale: Locale, maximumFractionDigits = 4): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value as Intl.StringNumericLiteral);
}

/**
 * Chart geometry only: an exact amount rounded to cents, as a JS number for pixel positions.
 * Never use the result for arithmetic or display (display goes through `formatMoney`).
 * @example toChartNumber("36.0394") //=> 36.04
 */
export function toChartNumber(exactUsd: string): number {
  return Number(roundToCents(parseDecimal(exactUsd)));
}
