import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import type { PatternId } from "../patterns/pattern";
import { boundedSwaps, seedIndices, type BoundedSwap } from "./break-even-bounded";
import type { PatternTotals } from "./evaluate-tco";
import { multiplier } from "./scale-workload";

const A: PatternId = "ecs-fargate";
const B: PatternId = "ecs-ec2";
const totalsOf = (usd: number | null): PatternTotals | null =>
  usd === null ? null : { infraUsd: new Decimal(usd), opsUsd: new Decimal(0), tcoUsd: new Decimal(usd) };

/** A totals function over two series that counts how many distinct indices it was asked for. */
function series(a: readonly (number | null)[], b: readonly (number | null)[]) {
  const asked = new Set<number>();
  const totals = (i: number) => {
    asked.add(i);
    return { [A]: totalsOf(a[i] ?? null), [B]: totalsOf(b[i] ?? null) } as Record<PatternId, PatternTotals | null>;
  };
  return { totals, asked };
}

/** The reference: every adjacent sign change where both are priced (what the old exact scan reported). */
function fullScan(a: readonly (number | null)[], b: readonly (number | null)[]): BoundedSwap[] {
  const out: BoundedSwap[] = [];
  for (let k = 1; k < a.length; k += 1) {
    const [x, y, u, v] = [a[k - 1], b[k - 1], a[k], b[k]];
    if (x == null || y == null || u == null || v == null) continue;
    const s = Math.sign(x - y);
    const t = Math.sign(u - v);
    if (s !== t) out.push({ index: k, before: s, after: t });
  }
  return out;
}

describe("boundedSwaps: every swap without every run (issue 19)", () => {
  it("the doc's worked example: A 10,10,20,20 vs B 15 → one swap at index 2", () => {
    const { totals, asked } = series([10, 10, 20, 20], [15, 15, 15, 15]);
    expect(boundedSwaps(totals, A, B, [0, 3])).toEqual([{ index: 2, before: -1, after: 1 }]);
    expect(asked.size).toBe(4); // [0,3] → mid 1; [1,3] → mid 2: all four, as the doc derives
  });

  it("a long monotone run with one swap takes log-many runs: A = i vs B = 500.5 over 1,000 breakpoints", () => {
    const n = 1000;
    const a = Array.from({ length: n }, (_, i) => i);
    const { totals, asked } = series(a, Array(n).fill(500.5));
    expect(boundedSwaps(totals, A, B, [0, n - 1])).toEqual([{ index: 501, before: -1, after: 1 }]); // 500 < 500.5 < 501
    // Each halving evaluates one midpoint and prunes the half without the swap: 2 ends + ⌈log2 999⌉ = 12 midpoints.
    expect(asked.size).toBeLessThanOrEqual(12);
  });

  it("a midpoint outside its ends' range (TCO fell with more tasks) falls back to scanning that interval", () => {
    // A = 10,10,30,12,20 vs B = 15: signs −,−,+,−,+ → swaps at 2, 3 and 4. [0,4] is not pruned; its midpoint
    // A(2) = 30 > A(4) = 20 breaks monotonicity, so [0,4] is scanned. Trusting monotonicity instead would
    // prune [2,4] (B(4) = 15 < A(2) = 30) and miss the swaps at 3 and 4.
    const a = [10, 10, 30, 12, 20];
    const { totals } = series(a, [15, 15, 15, 15, 15]);
    expect(boundedSwaps(totals, A, B, [0, 4])).toEqual(fullScan(a, [15, 15, 15, 15, 15]));
    expect(boundedSwaps(totals, A, B, [0, 4]).map((s) => s.index)).toEqual([2, 3, 4]);
  });

  it("a pattern priced up to a scale limit: swaps only where both are priced", () => {
    // B is ruled out from index 3 on (e.g. a task count past a quota): the swap at 2 is found, none after.
    const a = [10, 12, 16, 18, 20];
    const b = [14, 14, 14, null, null];
    const { totals } = series(a, b);
    expect(boundedSwaps(totals, A, B, [0, 4])).toEqual([{ index: 2, before: -1, after: 1 }]);
  });

  it("property: on non-decreasing series (nulls only from some index on) it equals the full scan, with at most n runs", () => {
    const monotone = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 80 }).map((steps) => {
      let sum = 0;
      return steps.map((s) => {
        sum += s;
        return sum;
      });
    });
    fc.assert(
      fc.property(monotone, monotone, fc.nat(), fc.integer({ min: 0, max: 10 }), (x, y, cut, offset) => {
        const n = Math.min(x.length, y.length);
        const a = x.slice(0, n).map((v) => v + offset);
        const b: (number | null)[] = y.slice(0, n);
        const limit = cut % (n + 1); // B ruled out from `limit` on (n: never)
        for (let i = limit; i < n && cut % 3 === 0; i += 1) b[i] = null;
        const { totals, asked } = series(a, b);
        const seeds = seedIndices(
          Array.from({ length: n }, (_, i) => multiplier(i + 1, 1)),
          (cut % 5) + 1,
        );
        expect(boundedSwaps(totals, A, B, seeds)).toEqual(fullScan(a, b));
        expect(asked.size).toBeLessThanOrEqual(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe("seedIndices: the curve points' breakpoints", () => {
  it("quarters of ×1 over 4 breakpoints with 2 curve points → 0, ×½ (index 1) and ×1 (index 3)", () => {
    const points = [multiplier(1, 4), multiplier(1, 2), multiplier(3, 4), multiplier(1, 1)];
    expect(seedIndices(points, 2)).toEqual([0, 1, 3]);
  });

  it("a curve point between breakpoints seeds the breakpoint at or above it (the run it reuses)", () => {
    // Breakpoints ×1, ×2, ×3 (one task, max ×3), 2 curve points at ×1.5 and ×3: ×1.5 reuses ×2's run (index 1).
    const points = [multiplier(1, 1), multiplier(2, 1), multiplier(3, 1)];
    expect(seedIndices(points, 2)).toEqual([0, 1, 2]);
    expect(seedIndices([], 20)).toEqual([]);
  });
});
