import { Decimal } from "../money/decimal";
import { OrderedSum, scaledTerm, timesCount, type ScaledTerm } from "../money/ordered-sum";
import { quantityAtCount, quantityIsZero, type PerTaskQuantity } from "../resources/per-task-quantity";
import { memoEntry } from "../util/memo-entry";

/**
 * A per-service line as the Fargate totals price it at any task count: its quantity term, the rate its full run paid,
 * and — when every count's amount is exact — its amount per task (per-task-quantity.ts `exactAmountPerTask`), also as a
 * ScaledTerm for the ordered sum when it is one.
 */
export type PerTaskLine = {
  term: PerTaskQuantity;
  rateUsd: Decimal;
  perTaskUsd: Decimal | undefined;
  perTaskScaled: ScaledTerm | undefined;
};

/** What a Fargate pattern's total is made of at any scale, learnt from one full run. */
export type Plan = {
  /** Per service (scenario order): its lines in bill order, as quantity terms with their rates. */
  lines: PerTaskLine[][];
  /** Per service: its lines' monthly amounts by task count (worked out from `lines` once per count). */
  amounts: Map<number, Decimal[]>[];
  /** The same as whole numbers for the ordered sum (money/ordered-sum.ts); null where an amount is not a ScaledTerm. */
  scaled: Map<number, ScaledTerm[] | null>[];
  /** The lines after the services' (control plane, shared lines) — no task count changes them — in bill order. */
  fixedUsd: Decimal[];
  fixedScaled: ScaledTerm[] | null;
  taxed: boolean;
  /** Ops per month at the headline band: a Fargate pattern's drivers (no nodes) do not change with task counts. */
  opsUsd: Decimal;
};

/** The lines' sum in bill order with whole-number additions (money/ordered-sum.ts: the same Decimal); null when an amount is not a ScaledTerm. */
export function orderedLineSum(plan: Plan, counts: readonly number[]): Decimal | null {
  if (!plan.fixedScaled) return null;
  const sum = new OrderedSum();
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i] as number;
    const memo = plan.scaled[i] as Map<number, ScaledTerm[] | null>;
    const lines = plan.lines[i] as PerTaskLine[];
    const terms = memoEntry(memo, count, (n) => scaledTermsAt(lines, n));
    if (!terms) return null;
    for (const t of terms) sum.add(t);
  }
  for (const t of plan.fixedScaled) sum.add(t);
  return sum.value();
}

/** One service's line terms at `count` tasks, zero-quantity lines left out; null when one is not a ScaledTerm. */
function scaledTermsAt(lines: readonly PerTaskLine[], count: number): ScaledTerm[] | null {
  const terms: ScaledTerm[] = [];
  for (const { term, rateUsd, perTaskScaled } of lines) {
    if (quantityIsZero(term, count)) continue;
    const scaled = perTaskScaled ? timesCount(perTaskScaled, count) : scaledTerm(quantityAtCount(term, count).times(rateUsd));
    if (!scaled) return null;
    terms.push(scaled);
  }
  return terms;
}

/** One service's line amounts at `count` tasks. LineBuilder.add skips a zero-quantity line and bills quantity × rate (n × the exact amount per task: the same value). */
function amountsAt(lines: readonly PerTaskLine[], count: number): Decimal[] {
  const amounts: Decimal[] = [];
  for (const { term, rateUsd, perTaskUsd } of lines) {
    if (!quantityIsZero(term, count)) amounts.push(perTaskUsd ? perTaskUsd.times(count) : quantityAtCount(term, count).times(rateUsd));
  }
  return amounts;
}

/** The lines' sum in bill order as `sumLines` makes it, Decimal by Decimal. */
export function decimalLineSum(plan: Plan, counts: readonly number[]): Decimal {
  let infraUsd = new Decimal(0);
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i] as number;
    const memo = plan.amounts[i] as Map<number, Decimal[]>;
    const lines = plan.lines[i] as PerTaskLine[];
    const amounts = memoEntry(memo, count, (n) => amountsAt(lines, n));
    for (const usd of amounts) infraUsd = infraUsd.plus(usd);
  }
  for (const usd of plan.fixedUsd) infraUsd = infraUsd.plus(usd);
  return infraUsd;
}
