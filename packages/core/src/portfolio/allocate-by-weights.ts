import { Decimal, sumDecimals } from "../money/decimal";

/**
 * The smallest unit shared costs are allocated in: one US cent. Every part is a whole number of
 * cents except the part with the largest weight, which also carries the whole's sub-cent residue
 * (shared totals such as 1.5 LCU × 730 h × $0.008 = $8.76 are usually whole cents; batch hours are not).
 */
export const ALLOCATION_UNIT_USD = new Decimal("0.01");

const ZERO = new Decimal(0);

/** Index of the largest weight; ties go to the lowest index (deterministic). */
function largestIndex(weights: readonly Decimal[]): number {
  let best = 0;
  weights.forEach((weight, i) => {
    if (weight.gt(weights[best] ?? ZERO)) best = i;
  });
  return best;
}

/**
 * Splits `total` into parts proportional to `weights` so that the parts sum EXACTLY to the total
 * (largest-remainder / Hamilton method in units of `unitUsd`):
 * 1. n = floor(|total| ÷ unit) whole units; the residue |total| − n·unit (< one unit) is set aside;
 * 2. each part gets floor(n · wᵢ ÷ Σw) units;
 * 3. the units left over (fewer than the number of parts) go one each to the largest fractional
 *    remainders, ties to the lower index;
 * 4. the residue goes to the part with the largest weight (ties: lower index).
 * Zero or empty weights split equally. Weights must be non-negative. A negative total (a credit)
 * is split by the same rule and negated.
 * @example allocateByWeights(new Decimal("100"), [1, 1, 1].map((w) => new Decimal(w))).map(String)
 * //=> ["33.34", "33.33", "33.33"]
 */
export function allocateByWeights(total: Decimal, weights: readonly Decimal[], unitUsd: Decimal = ALLOCATION_UNIT_USD): Decimal[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => w.isNegative() || !w.isFinite())) throw new RangeError("allocation weights must be finite and non-negative");
  const sign = total.isNegative() ? -1 : 1;
  const magnitude = total.abs();
  const weightSum = sumDecimals(weights);
  const shares = weightSum.isZero() ? weights.map(() => new Decimal(1)) : weights;
  const shareSum = weightSum.isZero() ? new Decimal(weights.length) : weightSum;
  const units = magnitude.div(unitUsd).floor();
  const residue = magnitude.minus(units.times(unitUsd));
  const exact = shares.map((w) => units.times(w).div(shareSum));
  const whole = exact.map((e) => e.floor());
  let leftover = units.minus(sumDecimals(whole)).toNumber();
  const order = exact
    .map((e, i) => ({ i, remainder: e.minus(whole[i] ?? ZERO) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (let k = 0; leftover > 0; k = (k + 1) % order.length, leftover -= 1) {
    const i = order[k]?.i ?? 0;
    whole[i] = (whole[i] ?? ZERO).plus(1);
  }
  // Guard against a 40-digit rounding of exact shares overshooting (never seen; keeps the sum exact).
  for (let k = order.length - 1; leftover < 0; k = (k - 1 + order.length) % order.length) {
    const i = order[k]?.i ?? 0;
    if ((whole[i] ?? ZERO).gt(0)) {
      whole[i] = (whole[i] ?? ZERO).minus(1);
      leftover += 1;
    }
  }
  const parts = whole.map((w) => w.times(unitUsd));
  const residueAt = largestIndex(shares);
  parts[residueAt] = (parts[residueAt] ?? ZERO).plus(residue);
  return parts.map((part) => (sign < 0 ? part.negated() : part));
}
