import { Decimal } from "../money/decimal";

export type TierSlice = { tier: number; quantity: Decimal; fromUnits: Decimal; toUnits: Decimal | null };

/**
 * Splits a monthly amount over a tier ladder (AWS's "first 10 TB / next 40 TB / …" pricing).
 * `upperBounds` are the cumulative upper ends of every tier but the last (open-ended) one.
 * Only tiers the amount reaches are returned; the walk is bounded by the ladder's length.
 * @example splitIntoTiers(new Decimal(12000), [10240, 51200]).map((s) => s.quantity.toString()) //=> ["10240", "1760"]
 */
export function splitIntoTiers(amount: Decimal, upperBounds: readonly number[]): TierSlice[] {
  const slices: TierSlice[] = [];
  let from = new Decimal(0);
  for (let index = 0; index <= upperBounds.length; index += 1) {
    if (amount.lte(from)) break;
    const bound = upperBounds[index];
    const to = bound === undefined ? null : new Decimal(bound);
    const top = to === null ? amount : Decimal.min(amount, to);
    slices.push({ tier: index + 1, quantity: top.minus(from), fromUnits: from, toUnits: to });
    if (to === null) break;
    from = to;
  }
  return slices;
}
