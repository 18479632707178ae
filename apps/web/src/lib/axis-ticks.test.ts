import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { niceTicks } from "./axis-ticks";

describe("niceTicks", () => {
  it("a money axis in round steps: $172.85 → 0…200 by 50 (step 2.5 × 10 would need 7 intervals, 5 × 10 needs 4)", () => {
    expect(niceTicks(172.85, 5)).toEqual([0, 50, 100, 150, 200]);
  });
  it("yen figures: ¥1,234,567 → 0…1,400,000 by 200,000 (1 × 10^5 would need 13 intervals)", () => {
    expect(niceTicks(1_234_567, 7)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000, 1_400_000]);
  });
  it("an exact fit keeps the top: 100 → 0, 25, 50, 75, 100", () => {
    expect(niceTicks(100, 4)).toEqual([0, 25, 50, 75, 100]);
  });
  it("nothing to draw (all patterns ruled out, or $0) still gives an axis: 0 and 1", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
  it("property: starts at 0, reaches max, equal steps of 1/2/2.5/5 × 10^k, at most maxTicks intervals", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 10 }), (max, maxTicks) => {
        const ticks = niceTicks(max, maxTicks);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.length - 1).toBeLessThanOrEqual(maxTicks);
        expect([1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
        for (let index = 1; index < ticks.length; index += 1) {
          expect(Math.abs((ticks[index] ?? 0) - (ticks[index - 1] ?? 0) - step)).toBeLessThan(step * 1e-9);
        }
      }),
    );
  });
});
