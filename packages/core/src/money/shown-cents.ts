import { Decimal } from "./decimal";
import { roundToCents } from "./round";

/**
 * Amounts in cents whose shown sum is the shown total (issue 20 item 4, "totals that add up as shown").
 * The total is rounded once from the exact sum (`roundToCents`, as every total is shown); each amount is
 * floored to the cent and the cents left over go, one each, to the amounts with the largest remainders
 * (the largest-remainder / Hamilton method; ties to the earlier amount). Every shown amount is therefore
 * within 1¢ of its exact value, and the shown amounts add up to the shown total exactly. Display only:
 * never feed the result back into arithmetic (the exact amounts stay in the JSON, CSV and hover titles).
 *
 * Worked example: three lines of $0.335 each, exact sum $1.005 → total $1.01 (half up); floors
 * $0.33 × 3 = $0.99; 2 cents left go to the first two (equal remainders) → $0.34 + $0.34 + $0.33 = $1.01.
 * Rounding each line instead shows $0.34 × 3 = $1.02 beside a $1.01 total.
 * @example shownCents([new Decimal("0.335"), new Decimal("0.335"), new Decimal("0.335")]) //=> { amounts: ["0.34", "0.34", "0.33"], total: "1.01" }
 */
export function shownCents(exact: readonly Decimal[]): { amounts: string[]; total: string } {
  return shownUnits(exact, 2);
}

/**
 * `shownCents` in any minor unit: `places` 2 for cents, 0 for whole yen (a JPY report's lines, which
 * add up to the whole-yen total shown). Same method: the total rounded once half-up, largest remainders.
 * @example shownUnits([new Decimal("0.5"), new Decimal("0.5"), new Decimal("0.5")], 0) //=> { amounts: ["1", "1", "0"], total: "2" }
 */
export function shownUnits(exact: readonly Decimal[], places: number): { amounts: string[]; total: string } {
  const unit = new Decimal(1).div(new Decimal(10).pow(places));
  const sum = exact.reduce((acc, value) => acc.plus(value), new Decimal(0));
  const total = places === 2 ? roundToCents(sum) : sum.toFixed(places, Decimal.ROUND_HALF_UP);
  const floors = exact.map((value) => value.toDecimalPlaces(places, Decimal.ROUND_FLOOR));
  const floorSum = floors.reduce((acc, value) => acc.plus(value), new Decimal(0));
  // 0 ≤ left < exact.length + 1: the sum of floors is at most the floor of the sum.
  let left = new Decimal(total).minus(floorSum).div(unit).toNumber();
  const order = exact
    .map((value, index) => ({ index, remainder: value.minus(floors[index] ?? value) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const shown = [...floors];
  for (const { index } of order) {
    if (left <= 0) break;
    shown[index] = (shown[index] ?? new Decimal(0)).plus(unit);
    left -= 1;
  }
  return { amounts: shown.map((value) => value.toFixed(places)), total };
}
