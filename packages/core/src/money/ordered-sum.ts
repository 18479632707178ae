import { DECIMAL_PRECISION, Decimal } from "./decimal";
/** Decimal places a term may have here; a term with more (or a negative one) is not a `ScaledTerm`. */
export const SUM_SCALE = 64;
const SCALE_FACTOR = new Decimal(10).pow(SUM_SCALE);
const ONE_UNIT_SCALED = 10n ** BigInt(SUM_SCALE);

/** A non-negative decimal as a whole number of 10^-64, with its decimal places. */
export type ScaledTerm = { units: bigint; places: number };

/**
 * A decimal as a `ScaledTerm`, or undefined when it is negative, has more than 64 decimal places or more than 40
 * significant digits. @example scaledTerm(new Decimal("7.3876")) //=> { units: 73876n × 10^60, places: 4 }
 */
export function scaledTerm(value: Decimal): ScaledTerm | undefined {
  if (value.isNegative() || value.decimalPlaces() > SUM_SCALE || value.sd() > DECIMAL_PRECISION) return undefined;
  return { units: BigInt(value.times(SCALE_FACTOR).toFixed()), places: value.decimalPlaces() };
}

/** n × a term, exactly (n a whole number ≥ 0). @example timesCount(scaledTerm(d("7.3876")), 3) //=> 22.1628 */
export function timesCount(term: ScaledTerm, count: number): ScaledTerm {
  return { units: term.units * BigInt(count), places: term.places };
}

function toDecimal(units: bigint): Decimal {
  const digits = units.toString().padStart(SUM_SCALE + 1, "0");
  return new Decimal(`${digits.slice(0, -SUM_SCALE)}.${digits.slice(-SUM_SCALE)}`);
}

/**
 * The running total `t = t.plus(term)` makes, from 0, over non-negative terms — the same Decimal, to the last digit —
 * with whole-number additions (issue 19: the break-even's Fargate totals add every service's lines at every scale, and
 * decimal.js's additions were most of that). decimal.js rounds a sum to 40 significant digits; a sum of non-negative
 * terms has at most (its integer digits + the most decimal places so far) of them, so while that stays within 40 every
 * addition is exact and a whole-number one gives the same value. When it may not (a 40-digit term — a batch schedule's
 * rounded hours — or the total reaching a new power of ten after one), that one step is done by decimal.js itself, so it
 * rounds as a plain sum would; the rounded total then has 40 digits and short terms keep adding exactly.
 * ordered-sum.test.ts checks it against the plain Decimal sum on random mixes of short and 40-digit terms.
 * @example const s = new OrderedSum(); s.add(scaledTerm(d("0.1"))); s.add(scaledTerm(d("0.2"))); s.value().toString() //=> "0.3"
 */
export class OrderedSum {
  private units = 0n;
  private places = 0;
  /** Digits of the integer part (0 below 1), and 10^(SUM_SCALE + that): the total at which it grows. */
  private integerDigits = 0;
  private nextPower = ONE_UNIT_SCALED;

  add(term: ScaledTerm): void {
    const units = this.units + term.units;
    const places = Math.max(this.places, term.places);
    if (this.grow(units) + places <= DECIMAL_PRECISION) {
      this.units = units;
      this.places = places;
      return;
    }
    const rounded = toDecimal(this.units).plus(toDecimal(term.units));
    this.units = BigInt(rounded.times(SCALE_FACTOR).toFixed());
    this.places = rounded.decimalPlaces();
    this.grow(this.units);
  }

  value(): Decimal {
    return toDecimal(this.units);
  }

  /** Moves the integer-digit count up to a total's (totals only grow: the terms are non-negative); returns it. */
  private grow(units: bigint): number {
    while (units >= this.nextPower) {
      this.integerDigits += 1;
      this.nextPower *= 10n;
    }
    return this.integerDigits;
  }
}
