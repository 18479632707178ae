import { Decimal } from "../money/decimal";
import { formatUsd } from "../money/round";

/** Renders one exact parameter for people; `exact` keeps every digit (a face shows it on hover). */
export type ParamFormatter = (value: string, exact: boolean) => string;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const grouped = (text: string): string => {
  const [whole = "0", fraction] = text.split(".");
  const g = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? g : `${g}.${fraction}`;
};
/**
 * A decimal rounded half-up to `places`, trailing zeros dropped; a non-decimal is shown as is. A value
 * that is not zero never reads as 0: below the last place it keeps two significant digits
 * ("0.0041" → "0.0041", not "0" — "ops hours at or below ×0" would say the opposite of the truth).
 */
const rounded = (value: string, places: number, exact: boolean): string => {
  if (!DECIMAL.test(value) || exact) return value;
  const decimal = new Decimal(value);
  const shown = decimal.toDecimalPlaces(places);
  return shown.isZero() && !decimal.isZero() ? decimal.toSignificantDigits(2).toFixed() : shown.toFixed();
};

/**
 * Issue 20 item 4, numbers for people: message parameters stay exact (decimal strings), the template
 * says how a reader sees them. Rounded half-up; the exact value is one `exact: true` render away.
 * - `money`: USD to the cent with thousands separators — "$1,234.57" (formatUsd)
 * - `multiplier`: a workload or hours factor to 2 places — "×4.17"
 * - `percent`: a share (0–1) as a percentage to 1 place — "62.5 %", "1,000 %" (space before %, glossary-ja.md style)
 * - `number`: to 2 places with thousands separators — "1,234.5"
 * - `rate`: an hourly rate in USD to the cent, whole dollars without ".00" — "$90", "$33.33" (¥5,000 ÷ ¥150/$ is 33.3…, 40 digits)
 * - `signed`: a change in USD to the cent, always signed — "+$36.04", "-$0.25" (a diff's Δ)
 * - `hourly`: an hourly amount as stated, every digit — "$0.071" (a Savings Plan commitment, which AWS takes to $0.001);
 *   a JPY report shows it to the sen below ¥100 (currency/reporting-display.ts `hourlyAmountText`)
 * @example READING_FORMATS.multiplier("4.166667", false) //=> "×4.17"
 */
const money: ParamFormatter = (value, exact) => {
  if (!DECIMAL.test(value)) return value;
  if (!exact) return formatUsd(new Decimal(value));
  return value.startsWith("-") ? `-$${grouped(value.slice(1))}` : `$${grouped(value)}`;
};

/**
 * An hourly rate for reading: "$90", "$62.50", "$33.33" (the exact value when `exact`); a rate below a cent keeps
 * two significant digits ("$0.0012": AWS takes Savings Plan commitments from $0.001/h — "$0.00/hour" would be false).
 * @example rateReading("33.3333333333", false) //=> "$33.33"
 */
export const rateReading: ParamFormatter = (value, exact) => {
  if (DECIMAL.test(value) && !exact) {
    const usd = new Decimal(value);
    if (!usd.isZero() && usd.abs().lt("0.01")) return `${usd.isNegative() ? "-" : ""}$${usd.abs().toSignificantDigits(2).toFixed()}`;
  }
  const text = money(value, exact);
  return !exact && text.endsWith(".00") ? text.slice(0, -3) : text;
};

/** A money formatter's text with "+" before a change that is not negative (the `signed` format, in any currency). @example signedWith(money)("36.04", false) //=> "+$36.04" */
export const signedWith =
  (format: ParamFormatter): ParamFormatter =>
  (value, exact) =>
    (DECIMAL.test(value) && !value.startsWith("-") ? "+" : "") + format(value, exact);

export const READING_FORMATS: Record<string, ParamFormatter> = {
  money,
  multiplier: (value, exact) => `×${rounded(value, 2, exact)}`,
  percent: (value, exact) => (DECIMAL.test(value) ? `${grouped(rounded(new Decimal(value).times(100).toFixed(), 1, exact))} %` : value),
  number: (value, exact) => grouped(rounded(value, 2, exact)),
  rate: rateReading,
  signed: signedWith(money),
  hourly: (value) => (DECIMAL.test(value) && value.startsWith("-") ? `-$${value.slice(1)}` : `$${value}`),
};

/** The format names a template may use: `usd`, `message` and the reading formats. */
export const PARAM_FORMATS = ["usd", "message", ...Object.keys(READING_FORMATS)] as const;
