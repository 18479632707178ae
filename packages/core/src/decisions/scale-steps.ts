import { compareMultipliers, multiplier, type Multiplier } from "./scale-workload";

/**
 * The scale breakpoints of a workload — every multiplier j ÷ t in (0, max] at which some service's
 * scaled task count ceil(t × m) steps up — described arithmetically from the DISTINCT task counts,
 * never enumerated: time and memory grow with the number of distinct counts, not with their values
 * (issue 17; `scaleBreakpoints` built a Map of max × taskCount entries and crashed at 1e7 tasks).
 *
 * Integer safety: counts ≤ 5,000 and max ≤ 100 (scenario limits) keep every product below 2^53.
 */
export type ScaleSteps = {
  /** Distinct positive task counts, ascending. */
  counts: readonly number[];
  max: number;
  /** How many distinct breakpoints there are (see `countSteps`). */
  size: number;
  first: Multiplier;
  last: Multiplier;
};

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Euler's φ of every divisor of n, from n's prime factors. @example divisorPhis(6) //=> Map { 1 → 1, 2 → 1, 3 → 2, 6 → 2 } */
function divisorPhis(n: number): Map<number, number> {
  const primes: [number, number][] = [];
  let rest = n;
  for (let p = 2; p * p <= rest; p += 1) {
    let e = 0;
    while (rest % p === 0) {
      rest /= p;
      e += 1;
    }
    if (e > 0) primes.push([p, e]);
  }
  if (rest > 1) primes.push([rest, 1]);
  let divisors = new Map<number, number>([[1, 1]]);
  for (const [p, e] of primes) {
    const next = new Map<number, number>();
    for (const [d, phi] of divisors) {
      let power = 1;
      for (let k = 0; k <= e; k += 1) {
        next.set(d * power, k === 0 ? phi : phi * (power / p) * (p - 1));
        power *= p;
      }
    }
    divisors = next;
  }
  return divisors;
}

/**
 * The number of distinct breakpoints: a reduced fraction p/q in (0, max] is one exactly when q divides
 * some count, and there are max × φ(q) of them for each such q, so the size is max × Σ φ(q) over the
 * union of the counts' divisors. @example countSteps([2, 3], 1) //=> 4 (1/3, 1/2, 2/3, 1; divisors 1, 2, 3: φ = 1 + 1 + 2)
 */
export function countSteps(counts: readonly number[], max: number): number {
  const phis = new Map<number, number>();
  for (const t of counts) for (const [d, phi] of divisorPhis(t)) phis.set(d, phi);
  let sum = 0;
  for (const phi of phis.values()) sum += phi;
  return max * sum;
}

/** @example scaleSteps([2, 3, 3, 0], 1) //=> { counts: [2, 3], max: 1, size: 4, first: 1/3, last: 1/1 } */
export function scaleSteps(taskCounts: readonly number[], max: number): ScaleSteps {
  const counts = [...new Set(taskCounts.filter((t) => t > 0))].sort((a, b) => a - b);
  const largest = counts[counts.length - 1] ?? 1;
  const size = counts.length === 0 ? 0 : countSteps(counts, max);
  return { counts, max, size, first: multiplier(1, largest), last: multiplier(max, 1) };
}

/** The smallest breakpoint above m, or null past the last: min over counts of (⌊m·t⌋ + 1) ÷ t. @example nextStep(scaleSteps([2, 3], 1), { num: 1, den: 2 }) //=> 2/3 */
export function nextStep(steps: ScaleSteps, m: Multiplier): Multiplier | null {
  let best: Multiplier | null = null;
  for (const t of steps.counts) {
    const j = Math.floor((m.num * t) / m.den) + 1;
    if (j > steps.max * t) continue;
    const candidate = { num: j, den: t };
    if (!best || compareMultipliers(candidate, best) < 0) best = candidate;
  }
  return best ? multiplier(best.num, best.den) : null;
}

/** The largest breakpoint at or below m, or null below the first: max over counts of ⌊m·t⌋ ÷ t. @example stepAtOrBelow(scaleSteps([2, 3], 1), { num: 3, den: 5 }) //=> 1/2 */
export function stepAtOrBelow(steps: ScaleSteps, m: Multiplier): Multiplier | null {
  let best: Multiplier | null = null;
  for (const t of steps.counts) {
    const j = Math.min(Math.floor((m.num * t) / m.den), steps.max * t);
    if (j < 1) continue;
    const candidate = { num: j, den: t };
    if (!best || compareMultipliers(candidate, best) > 0) best = candidate;
  }
  return best ? multiplier(best.num, best.den) : null;
}

/** The exact midpoint of two multipliers. @example midpoint({ num: 1, den: 2 }, { num: 1, den: 1 }) //=> 3/4 */
export function midpoint(a: Multiplier, b: Multiplier): Multiplier {
  const den = a.den * b.den * 2;
  const num = a.num * b.den + b.num * a.den;
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}
