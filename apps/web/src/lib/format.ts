import { Decimal, parseDecimal, roundToCents } from "@repo/core";
import type { Locale } from "./i18n";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", ja: "ja-JP" };

const usdFormats = new Map<Locale, Intl.NumberFormat>();
const jpyFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * An exact USD amount for display: rounded once to cents (`roundToCents`), then grouped per locale.
 * Intl formats the rounded decimal *string*, so no float is involved.
 * @example formatMoney("12345.675", "en") //=> "$12,345.68"
 * @example formatMoney("12345.675", "ja") //=> "$12,345.68"
 */
export function formatMoney(exactUsd: string, locale: Locale): string {
  let format = usdFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "USD" });
    usdFormats.set(locale, format);
  }
  return format.format(roundToCents(parseDecimal(exactUsd)) as Intl.StringNumericLiteral);
}

/**
 * The JPY equivalent at a user-given rate (yen per dollar), rounded to whole yen for display.
 * Returns null when no valid rate was given. Prices themselves stay USD.
 * @example formatJpy("36.04", "150", "ja") //=> "￥5,406"
 */
export function formatJpy(exactUsd: string, jpyPerUsd: string, locale: Locale): string | null {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(jpyPerUsd) || parseDecimal(jpyPerUsd).isZero()) return null;
  const yen = parseDecimal(exactUsd).times(parseDecimal(jpyPerUsd)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  let format = jpyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "JPY" });
    jpyFormats.set(locale, format);
  }
  return format.format(yen.toFixed(0) as Intl.StringNumericLiteral);
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
