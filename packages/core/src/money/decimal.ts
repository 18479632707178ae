import DecimalJs, { type Decimal as DecimalClass } from "decimal.js";
import { coreError } from "../errors";
import { message } from "../messages/message";

/**
 * The one exact-decimal type of the project (decimal.js, isolated clone).
 *
 * Why decimal.js and not dinero.js (see docs/decisions/0001-money-representation.md):
 * prices arrive as decimal strings with up to 10 places and quantities are decimals too, so
 * products stay exact with 40 significant digits; unlike dinero, decimal.js can also divide
 * (runs per day → per month = × 730 / 24), which we need, and it never touches a JS float.
 * 40 digits keep every sum and product in this domain exact; only non-terminating divisions
 * (e.g. ÷ 24) are rounded, at the 40th significant digit, far below a cent.
 * The annotation names decimal.js's class export so the published .d.ts also type-checks under
 * `moduleResolution: nodenext`, where the default import of its CommonJS-style typings is the module.
 */
/** Significant digits every Decimal result keeps (rounded half-even beyond): a sum or product within it is exact. */
export const DECIMAL_PRECISION = 40;

export const Decimal: typeof DecimalClass = DecimalJs.clone({
  precision: DECIMAL_PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/**
 * Parses a plain decimal string exactly (no exponent, no float on the way).
 * @example parseDecimal("0.0404800000").toString() //=> "0.04048"
 */
export function parseDecimal(value: string, field?: string): Decimal {
  const trimmed = value.trim();
  if (!DECIMAL_STRING.test(trimmed)) {
    throw coreError("INVALID_DECIMAL", message("ERR_NOT_PLAIN_DECIMAL", { value, ...(field ? { field } : {}) }), field ? { field } : {});
  }
  return new Decimal(trimmed);
}

/**
 * Turns a user-typed quantity (a JS number from JSON/YAML/URL, or a decimal string) into an exact
 * decimal, reading the number's shortest decimal form (0.1 → "0.1", never 0.1000000000000000055).
 * @example toQuantity(0.25).toString() //=> "0.25"
 */
export function toQuantity(value: number | string, field?: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw coreError(
        "INVALID_QUANTITY",
        message("ERR_QUANTITY_NOT_FINITE", { value: String(value), ...(field ? { field } : {}) }),
        field ? { field } : {},
      );
    }
    return new Decimal(String(value));
  }
  return parseDecimal(value, field);
}

/** Sum of decimals; 0 for an empty list. @example sumDecimals([d("1.1"), d("2.2")]) //=> 3.3 */
export function sumDecimals(values: readonly Decimal[]): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}

/** Canonical decimal string for output: exact, no exponent, no trailing zeros. */
export function toDecimalString(value: Decimal): string {
  return value.toFixed();
}
