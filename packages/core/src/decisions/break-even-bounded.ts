import type { PatternId } from "../patterns/pattern";
import type { PatternTotals } from "./evaluate-tco";
import { compareMultipliers, multiplier, type Multiplier } from "./scale-workload";

/**
 * Every order swap of one pair over listed breakpoints 0 … n − 1 WITHOUT evaluating every one of them
 * (issue 19 items 1–2): branch and bound on the monotonicity of TCO in the workload.
 *
 * Why it is exact: a scaled workload only grows with the multiplier (every service's ceil(t × m) is
 * non-decreasing), and so does each pattern's monthly TCO — more tasks never cost less: Fargate bills
 * vCPU·hours and GB·hours per task, the EC2 patterns pack a superset of the tasks on at least as much
 * capacity, usage tiers and the consumption tax are non-decreasing, ops effort follows node count. So on an
 * interval [lo, hi] of breakpoints A(lo) ≤ A(k) ≤ A(hi) and B(lo) ≤ B(k) ≤ B(hi), and
 *   A(hi) < B(lo)  ⇒ A < B at every k (sign −1 throughout; no swap inside),
 *   B(hi) < A(lo)  ⇒ B < A throughout (sign +1),
 *   A(lo) = A(hi) and B(lo) = B(hi)  ⇒ both constant, the sign too.
 * Anything else is split at its midpoint until it is pruned or two breakpoints are adjacent, where a
 * sign change is a swap — exactly the swaps a scan of every adjacent pair reports, in the same order.
 * Worked example (infrastructure only): A = 10, 10, 20, 20, B = 15, 15, 15, 15 at four breakpoints:
 * [0, 3] is not pruned (A(3) = 20 ≥ B(0) = 15) → [0, 1] pruned (A constant 10 < 15), [1, 3] → [1, 2]
 * adjacent with −1 → +1: one swap at index 2; [2, 3] pruned (B(3) = 15 < A(2) = 20). 4 evaluations of 4 here,
 * log-many per swap on long runs.
 *
 * The rule is a property of the model, so it is checked, not trusted: when an evaluated midpoint lies
 * outside its ends' range for either pattern (a heuristic packing that got cheaper with more tasks), that
 * interval is scanned point by point, as before. A pattern not priced at both ends of an interval is
 * taken as not priced inside (being ruled out is a scale limit: it holds from some scale on); not
 * priced at one end splits further. break-even-exact.test.ts compares every swap with a brute-force run of
 * the full model at every breakpoint on random scenarios.
 */
export type BoundedSwap = { index: number; before: number; after: number };

type Totals = (index: number) => Record<PatternId, PatternTotals | null>;

const sign = (x: PatternTotals, y: PatternTotals): number => x.tcoUsd.comparedTo(y.tcoUsd);

/** Whether `mid` lies within [lo, hi] for a pattern priced at all three. */
function between(lo: PatternTotals | null, mid: PatternTotals | null, hi: PatternTotals | null): boolean {
  if (!lo || !mid || !hi) return true;
  return !mid.tcoUsd.lt(lo.tcoUsd) && !mid.tcoUsd.gt(hi.tcoUsd);
}

/** No swap can lie strictly inside [lo, hi] (see the rule above). */
function pruned(aLo: PatternTotals | null, aHi: PatternTotals | null, bLo: PatternTotals | null, bHi: PatternTotals | null): boolean {
  if (!aLo && !aHi) return true;
  if (!bLo && !bHi) return true;
  if (!aLo || !aHi || !bLo || !bHi) return false;
  if (aHi.tcoUsd.lt(bLo.tcoUsd) || bHi.tcoUsd.lt(aLo.tcoUsd)) return true;
  return aLo.tcoUsd.eq(aHi.tcoUsd) && bLo.tcoUsd.eq(bHi.tcoUsd);
}

/** Every adjacent sign change in [lo, hi] (the fallback: one evaluation per breakpoint). */
function scan(totals: Totals, lo: number, hi: number, a: PatternId, b: PatternId, out: BoundedSwap[]): void {
  for (let k = lo + 1; k <= hi; k += 1) {
    const before = totals(k - 1);
    const after = totals(k);
    const x = before[a];
    const y = before[b];
    const u = after[a];
    const v = after[b];
    if (!x || !y || !u || !v) continue;
    const s = sign(x, y);
    const t = sign(u, v);
    if (s !== t) out.push({ index: k, before: s, after: t });
  }
}

function search(totals: Totals, lo: number, hi: number, a: PatternId, b: PatternId, out: BoundedSwap[]): void {
  if (hi <= lo) return;
  if (hi - lo === 1) {
    scan(totals, lo, hi, a, b, out);
    return;
  }
  const l = totals(lo);
  const h = totals(hi);
  if (pruned(l[a], h[a], l[b], h[b])) return;
  const mid = (lo + hi) >> 1;
  const m = totals(mid);
  if (!between(l[a], m[a], h[a]) || !between(l[b], m[b], h[b])) {
    scan(totals, lo, hi, a, b, out);
    return;
  }
  search(totals, lo, mid, a, b, out);
  search(totals, mid, hi, a, b, out);
}

/**
 * One pair's swaps over breakpoints 0 … n − 1, ascending, searched within the brackets of `seeds`
 * (ascending indices, the first 0 and the last n − 1: the points another consumer evaluates anyway, such as the curves).
 * @example boundedSwaps((i) => totalsAt[i], "ecs-fargate", "ecs-ec2", [0, 3]) //=> [{ index: 2, before: -1, after: 1 }]
 */
export function boundedSwaps(totals: Totals, a: PatternId, b: PatternId, seeds: readonly number[]): BoundedSwap[] {
  const out: BoundedSwap[] = [];
  for (let k = 1; k < seeds.length; k += 1) search(totals, seeds[k - 1] as number, seeds[k] as number, a, b, out);
  return out;
}

/**
 * Seeds for `boundedSwaps`: 0, n − 1 and, for k = 1 … seedPoints, the first breakpoint at or above
 * k × last ÷ seedPoints — the run each cost-vs-scale curve point reuses (ScaleEvaluator keys by task counts),
 * so the search's bracket ends cost nothing extra.
 * @example seedIndices([m(1,4), m(1,2), m(3,4), m(1,1)], 2) //=> [0, 1, 3]
 */
export function seedIndices(points: readonly Multiplier[], seedPoints: number): number[] {
  const last = points[points.length - 1];
  if (!last) return [];
  const seeds = new Set<number>([0]);
  let i = 0;
  for (let k = 1; k <= seedPoints; k += 1) {
    const target = multiplier(k * last.num, seedPoints * last.den);
    while (i < points.length - 1 && compareMultipliers(points[i] as Multiplier, target) < 0) i += 1;
    seeds.add(i);
  }
  seeds.add(points.length - 1);
  return [...seeds].sort((x, y) => x - y);
}
