import {
  DEFAULT_FX_AS_OF,
  DEFAULT_FX_SOURCE,
  DEFAULT_JPY_PER_USD,
  Decimal,
  exactAmountText,
  formatAmount,
  parseDecimal,
  reportingFormats,
  reportingFromJson,
  toReportingAmount,
  type FillOptions,
  type ReportingCurrency,
  type YenStyle,
} from "@repo/core";
import { createContext, useContext } from "react";
import { useStable } from "./use-stable";
import type { Locale } from "./i18n";
import type { ModelJson } from "./view-types";

/**
 * The page's reporting currency (issue 21): every figure is the core's USD figure converted ONCE, by the
 * core (`toReportingAmount`), at the ONE rate the model stated (`json.reporting`), and rounded once for
 * display. Yen are written per language: "12,346 円" in Japanese (glossary-ja.md), "¥12,346" in English.
 */
export type PageReporting = { reporting: ReportingCurrency; locale: Locale };

export const yenStyle = (locale: Locale): YenStyle => (locale === "ja" ? "suffix" : "prefix");

/** USD at the dated default rate: what a panel rendered outside a result shows (and every USD report). */
export const USD_REPORTING: ReportingCurrency = {
  currency: "USD",
  fx: { jpyPerUsd: parseDecimal(DEFAULT_JPY_PER_USD), asOf: DEFAULT_FX_AS_OF, source: DEFAULT_FX_SOURCE, userSet: false },
};

/** The model's own reporting currency and rate, read back from its JSON (never a second rate of the web's). */
export const reportingOf = (json: Pick<ModelJson, "reporting">): ReportingCurrency => reportingFromJson(json.reporting);

export const ReportingContext = createContext<ReportingCurrency>(USD_REPORTING);

/**
 * `reportingOf` for a context value, the same object while the currency and rate are the same: a new object on
 * every render made every figure on the page (each a context reader) render again with it — several times per
 * keystroke (issue 19 item 5).
 */
export function useReportingOf(json: Pick<ModelJson, "reporting"> | undefined): ReportingCurrency {
  const block = json?.reporting;
  return useStable(block ? reportingFromJson(block) : USD_REPORTING, block ? JSON.stringify(block) : "");
}

/** The reporting currency of the result being shown (provided by Results and the summary bar). */
export const useReporting = (): ReportingCurrency => useContext(ReportingContext);

/**
 * An exact USD figure in the reporting currency: the exact converted amount and its display text.
 * @example reportingAmount("36.0401", jpy150, "ja") //=> { exact: "5406.015", text: "5,406 円", exactText: "5,406.015 円" }
 */
export function reportingAmount(exactUsd: string, reporting: ReportingCurrency, locale: Locale) {
  const amount = toReportingAmount(parseDecimal(exactUsd), reporting);
  return {
    exact: amount.toFixed(),
    text: formatAmount(amount, reporting.currency, yenStyle(locale)),
    exactText: exactAmountText(amount, reporting.currency, yenStyle(locale)),
  };
}

/** A chart number (geometry only) of an exact USD figure in the reporting currency, to the shown unit's cents. */
export function chartNumber(exactUsd: string, reporting: ReportingCurrency): number {
  return Number(toReportingAmount(parseDecimal(exactUsd), reporting).toFixed(2, Decimal.ROUND_HALF_UP));
}

/** An axis / tooltip label of a chart number already in the reporting currency. */
export const chartLabel = (value: number, reporting: ReportingCurrency, locale: Locale): string =>
  formatAmount(new Decimal(value.toFixed(2)), reporting.currency, yenStyle(locale));

/** `renderCoreMessage` options: `{x:money}` / `{x:usd}` parameters in the reporting currency. */
export const messageOptions = (reporting: ReportingCurrency, locale: Locale): FillOptions => ({
  formats: reportingFormats(reporting, yenStyle(locale)),
});

/** `messageOptions` of the result being shown. AWS line names keep USD (AWS's own tiers and fees: provenance). */
export const useMessageOptions = (locale: Locale): FillOptions => messageOptions(useReporting(), locale);
