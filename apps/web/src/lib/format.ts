import type { Locale } from "./i18n";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", ja: "ja-JP" };

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A plain quantity (task count, GiB, %) per locale. Money goes through lib/reporting.ts (the core's
 * reporting-currency formatter), never through here.
 * @example formatNumber("1234.5", "en") //=> "1,234.5"
 */
export function formatNumber(value: string | number, locale: Locale, maximumFractionDigits = 4): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value as Intl.StringNumericLiteral);
}
