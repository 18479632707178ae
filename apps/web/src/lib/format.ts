import {
  DEFAULT_FX_AS_OF,
  DEFAULT_FX_SOURCE,
  DEFAULT_JPY_PER_USD,
  formatReporting,
  parseDecimal,
  roundToCents,
  type ExchangeRate,
} from "@repo/core";
import type { Locale } from "./i18n";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", ja: "ja-JP" };

const usdFormats = new Map<Locale, Intl.NumberFormat>();

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
 * The yen rate the page converts with: the user's (the "yen per USD" field, `fx=` in the link), else in
 * Japanese the core's dated default (DEFAULT_JPY_PER_USD: Federal Reserve H.10 of DEFAULT_FX_AS_OF), so a
 * Japanese reader sees yen by default and where the rate comes from; none in English without a rate.
 * @example pageFx("", "ja")?.jpyPerUsd.toFixed() //=> "148.54"
 */
export function pageFx(jpyPerUsd: string, locale: Locale): ExchangeRate | null {
  if (/^\s*\d+(\.\d+)?\s*$/.test(jpyPerUsd) && !parseDecimal(jpyPerUsd).isZero()) {
    return { jpyPerUsd: parseDecimal(jpyPerUsd), asOf: "", source: "", userSet: true };
  }
  if (locale !== "ja") return null;
  return { jpyPerUsd: parseDecimal(DEFAULT_JPY_PER_USD), asOf: DEFAULT_FX_AS_OF, source: DEFAULT_FX_SOURCE, userSet: false };
}

/**
 * The JPY equivalent of an exact USD amount at the page's rate (`pageFx`), converted and rounded by the
 * core's report-edge converter (issue 21: `formatReporting`, whole yen, half away from zero). Null when
 * there is no rate. Prices themselves stay USD.
 * @example formatJpy("36.04", "150", "ja") //=> "¥5,406"
 */
export function formatJpy(exactUsd: string, jpyPerUsd: string, locale: Locale): string | null {
  const fx = pageFx(jpyPerUsd, locale);
  return fx ? formatReporting(parseDecimal(exactUsd), { currency: "JPY", fx }) : null;
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
