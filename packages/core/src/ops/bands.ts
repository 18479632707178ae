import { Decimal } from "../money/decimal";
import { OPS_LEVELS, type OpsLevel } from "../scenario/ops-schema";

/** One value per band (low / typical / high), e.g. engineer-hours per month. */
export type Band = Record<OpsLevel, Decimal>;

/** @example band("1", "3.5", "10").typical.toString() //=> "3.5" */
export function band(low: string, typical: string, high: string): Band {
  return { low: new Decimal(low), typical: new Decimal(typical), high: new Decimal(high) };
}

export const ZERO_BAND: Band = band("0", "0", "0");

/** Applies `fn` to each band value. @example mapBand(band("1","2","3"), (v) => v.times(2)).high //=> 6 */
export function mapBand(value: Band, fn: (v: Decimal, level: OpsLevel) => Decimal): Band {
  return { low: fn(value.low, "low"), typical: fn(value.typical, "typical"), high: fn(value.high, "high") };
}

/** Band-wise combination of two bands. @example zipBand(band("1","2","3"), band("1","1","1"), (x, y) => x.plus(y)).low //=> 2 */
export function zipBand(a: Band, b: Band, fn: (x: Decimal, y: Decimal, level: OpsLevel) => Decimal): Band {
  return { low: fn(a.low, b.low, "low"), typical: fn(a.typical, b.typical, "typical"), high: fn(a.high, b.high, "high") };
}

/** Band-wise sum of a list (zero for an empty list). @example bandText(sumBands([band("1","2","3"), band("1","1","1")])) //=> "2 / 3 / 4" */
export function sumBands(values: readonly Band[]): Band {
  return values.reduce((total, v) => zipBand(total, v, (x, y) => x.plus(y)), ZERO_BAND);
}

/** "1 / 3.5 / 10" for details and notes (4 decimals at most). @example bandText(band("1","3.5","10")) //=> "1 / 3.5 / 10" */
export function bandText(value: Band): string {
  return OPS_LEVELS.map((level) => value[level].toDecimalPlaces(4).toFixed()).join(" / ");
}
