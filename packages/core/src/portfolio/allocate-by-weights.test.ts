import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, sumDecimals } from "../money/decimal";
import { ALLOCATION_UNIT_USD, allocateByWeights } from "./allocate-by-weights";

const d = (value: string | number) => new Decimal(value);
const strings = (parts: Decimal[]) => parts.map((p) => p.toFixed());

describe("allocateByWeights", () => {
  it.each([
    {
      label: "$100 in three equal parts: 10,000 cents = 3,333 × 3 + 1 leftover cent → the first part (tie → lowest index)",
      total: "100",
      weights: [1, 1, 1],
      expected: ["33.34", "33.33", "33.33"],
    },
    {
      label: "$73 EKS control plane (730 h × $0.10) split 1:3 → exactly $18.25 and $54.75",
      total: "73",
      weights: [1, 3],
      expected: ["18.25", "54.75"],
    },
    {
      label: "$10 by 1:2 → 333.33… and 666.66… cents: floors 333 + 666 = 999, the leftover cent goes to the larger remainder (.66 > .33)",
      total: "10",
      weights: [1, 2],
      expected: ["3.33", "6.67"],
    },
    {
      label:
        "$36.0394 = 3,603 cents + 0.0094: shares 900.75 / 1801.5 / 900.75 → floors 900/1801/900, 2 leftover cents to the .75 remainders (index 0, then 2), residue 0.0094 to the largest weight",
      total: "36.0394",
      weights: [1, 2, 1],
      expected: ["9.01", "18.0194", "9.01"],
    },
    { label: "all-zero weights split equally", total: "0.05", weights: [0, 0], expected: ["0.03", "0.02"] },
    { label: "a zero-weight service gets nothing", total: "16.425", weights: [0, 5], expected: ["0", "16.425"] },
    { label: "a negative total (credit) is split the same way and negated", total: "-10", weights: [1, 2], expected: ["-3.33", "-6.67"] },
  ])("$label", ({ total, weights, expected }) => {
    expect(strings(allocateByWeights(d(total), weights.map(d)))).toEqual(expected);
  });

  it("returns no parts for no weights and rejects negative weights", () => {
    expect(allocateByWeights(d(5), [])).toEqual([]);
    expect(() => allocateByWeights(d(5), [d(-1)])).toThrow(RangeError);
  });

  describe("properties", () => {
    const amount = fc
      .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
      .chain((units) => fc.integer({ min: 0, max: 12 }).map((scale) => new Decimal(units.toString()).div(new Decimal(10).pow(scale))));
    const weights = fc.array(
      fc.integer({ min: 0, max: 1_000_000 }).map((w) => new Decimal(w)),
      { minLength: 1, maxLength: 60 },
    );

    it("the parts always sum exactly to the whole", () => {
      fc.assert(
        fc.property(amount, weights, (total, ws) => {
          expect(sumDecimals(allocateByWeights(total, ws)).eq(total)).toBe(true);
        }),
      );
    });

    it("every part is within one cent (plus the sub-cent residue) of its exact proportional share, with the sign of the whole", () => {
      fc.assert(
        fc.property(amount, weights, (total, ws) => {
          const parts = allocateByWeights(total, ws);
          const weightSum = sumDecimals(ws);
          parts.forEach((part, i) => {
            const exact = weightSum.isZero() ? total.div(ws.length) : total.times(ws[i] ?? 0).div(weightSum);
            expect(part.minus(exact).abs().lt(ALLOCATION_UNIT_USD.times(2))).toBe(true);
            expect(part.isZero() || part.isNegative() === total.isNegative()).toBe(true);
          });
        }),
      );
    });

    it("is deterministic: the same input gives the same parts", () => {
      fc.assert(
        fc.property(amount, weights, (total, ws) => {
          expect(strings(allocateByWeights(total, ws))).toEqual(strings(allocateByWeights(total, ws)));
        }),
      );
    });
  });
});
