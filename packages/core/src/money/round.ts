import { Decimal } from "./decimal";

/**
 * The single display rounding of the project: to cents, half away from zero (how AWS rounds an
 * invoice line). Call it only when showing a number; never feed the result back into arithmetic.
 * @example roundToCents(new Decimal("36.0400125")) //=> "36.04"
 */
export function roundToCents(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * Display form with a dollar sign and thousands separators (en-US), e.g. for tables.
 * @example formatUsd(new Decimal("12345.675")) //=> "$12,345.68"
 */
export function formatUsd(value: Decimal): string {
  const fixed = roundToCents(value);
  const negative = fixed.startsWith("-");
  const [whole = "0", cents = "00"] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}$${grouped}.${cents}`;
}
