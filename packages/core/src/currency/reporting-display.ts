import { rateReading, signedWith, type ParamFormatter } from "../messages/reading-formats";
import { Decimal, parseDecimal, toDecimalString } from "../money/decimal";
import { shownUnits } from "../money/shown-cents";
import { formatAmount, formatReporting, toReportingAmount, yenText, type YenStyle } from "./convert";
import type { Currency, ReportingCurrency } from "./currency";
import type { currencyJson } from "./report-json";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Decimal places a currency is shown with: cents for USD, whole yen for JPY (ISO 4217 minor units). */
export const SHOWN_PLACES: Record<Currency, number> = { USD: 2, JPY: 0 };

/**
 * The reporting currency back from an export's block (`currencyJson`: what `toModelJson(result).reporting`
 * carries), so a face renders with the model's own one rate — never a second one of its own.
 * @example reportingFromJson(toModelJson(result).reporting).fx.jpyPerUsd.toFixed() //=> "148.54"
 */
export function reportingFromJson(block: ReturnType<typeof currencyJson>): ReportingCurrency {
  const { jpyPerUsd, asOf, source, userSet } = block.exchangeRate;
  return { currency: block.currency, fx: { jpyPerUsd: parseDecimal(jpyPerUsd), asOf, source, userSet } };
}

const grouped = (text: string): string => {
  const [whole = "0", fraction] = text.replace(/^-/, "").split(".");
  const sign = text.startsWith("-") ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
};

/**
 * An exact amount already in `currency`, unrounded, for a hover title: "¥5,406.015" / "5,406.015 円" / "$36.0401".
 * @example exactAmountText(new Decimal("5406.015"), "JPY", "suffix") //=> "5,406.015 円"
 */
export function exactAmountText(amount: Decimal, currency: Currency, yen: YenStyle = "prefix"): string {
  const text = grouped(toDecimalString(amount));
  if (currency === "USD") return text.startsWith("-") ? `-$${text.slice(1)}` : `$${text}`;
  if (yen === "suffix") return `${text} 円`;
  return text.startsWith("-") ? `-¥${text.slice(1)}` : `¥${text}`;
}

/**
 * Message formats for a report in `reporting`: a `{x:money}` or `{x:usd}` parameter (an exact USD decimal)
 * is converted once and shown in the reporting currency — "engineer rate at or below ¥2,830/h". For
 * `fillTemplate`'s `options.formats`. A USD report keeps the core's own formats (empty record).
 * @example fillTemplate("at or below {v:money}/h", { v: "18.85" }, undefined, { formats: reportingFormats(jpy150) }) //=> "at or below ¥2,828/h"
 */
export function reportingFormats(reporting: ReportingCurrency, yen: YenStyle = "prefix"): Record<string, ParamFormatter> {
  if (reporting.currency === "USD") return {};
  const money: ParamFormatter = (value, exact) => {
    if (!DECIMAL.test(value)) return value;
    const usd = parseDecimal(value);
    return exact ? exactAmountText(toReportingAmount(usd, reporting), reporting.currency, yen) : formatReporting(usd, reporting, yen);
  };
  const hourly: ParamFormatter = (value, exact) => {
    if (!DECIMAL.test(value) || exact) return money(value, exact);
    return hourlyAmountText(toReportingAmount(parseDecimal(value), reporting), reporting.currency, yen);
  };
  return { money, usd: money, rate: money, hourly, signed: signedWith(money) };
}

/**
 * An hourly rate in the reporting currency for reading: whole yen from ¥100 ("¥5,000/h"), below it to the sen
 * ("¥7.50/h": a $0.05/h Savings Plan commitment at ¥150/$ — whole yen would read ¥8 × 730 h ≠ the ¥5,475 shown
 * beside it); USD as the reading format `rate` ("$90", "$33.33", "$0.0012").
 * @example hourlyAmountText(new Decimal("7.5"), "JPY") //=> "¥7.50"
 */
export function hourlyAmountText(amount: Decimal, currency: Currency, yen: YenStyle = "prefix"): string {
  if (currency === "USD") return rateReading(toDecimalString(amount), false);
  if (amount.abs().gte(100) || amount.isZero()) return formatAmount(amount, currency, yen);
  return yenText(amount.toFixed(2, Decimal.ROUND_HALF_UP), yen);
}

/**
 * Exact USD amounts (a bill's lines) as shown in the reporting currency, adding up to the shown total:
 * each converted once, then `shownUnits` in the currency's minor unit (cents, whole yen).
 * @example shownReporting([new Decimal("0.005"), new Decimal("0.005")], jpy150) //=> { amounts: ["1", "1"], total: "2" } (¥0.75 each, ¥1.5 → ¥2)
 */
export function shownReporting(exactUsd: readonly Decimal[], reporting: ReportingCurrency): { amounts: string[]; total: string } {
  return shownUnits(
    exactUsd.map((usd) => toReportingAmount(usd, reporting)),
    SHOWN_PLACES[reporting.currency],
  );
}

/** A shown amount (already in `currency`, e.g. from `shownReporting`) as text. */
export const shownAmountText = (amount: string, currency: Currency, yen: YenStyle = "prefix"): string =>
  formatAmount(new Decimal(amount), currency, yen);
