import { formatReporting, fxText, type Decimal, type ReportingCurrency } from "@repo/core";

/**
 * A formatter of USD model figures in the report's currency (core's one report-edge converter,
 * `formatReporting`): "$36.04" or "¥5,406". "—" for no value.
 */
export function moneyText(reporting: ReportingCurrency): (usd: Decimal | null | undefined) => string {
  return (usd) => (usd === null || usd === undefined ? "—" : formatReporting(usd, reporting));
}

/** The header line stating the one exchange rate of a JPY report; none for a USD report. */
export function currencyLines(reporting: ReportingCurrency): string[] {
  if (reporting.currency === "USD") return [];
  return [`amounts in JPY at ${fxText(reporting.fx)}; AWS rates stay in USD (Rate (USD) column)`];
}
