import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal";
import { roundToCents } from "./round";
import { shownCents } from "./shown-cents";

const d = (values: string[]) => values.map((value) => new Decimal(value));

describe("shownCents: lines shown in cents add up to the shown total", () => {
  it("hand-derived: 3 × $0.335 (exact $1.005 → $1.01): $0.34 + $0.34 + $0.33, not 3 × $0.34 = $1.02", () => {
    expect(shownCents(d(["0.335", "0.335", "0.335"]))).toEqual({ amounts: ["0.34", "0.34", "0.33"], total: "1.01" });
  });

  it("hand-derived: $10.004 + $5.004 + $2.004 (exact $17.012 → $17.01): floors $17.00, the 1¢ left to the first of the equal remainders", () => {
    expect(shownCents(d(["10.004", "5.004", "2.004"]))).toEqual({ amounts: ["10.01", "5.00", "2.00"], total: "17.01" });
  });

  it("amounts already in cents are shown as they are", () => {
    expect(shownCents(d(["36.04", "16.20", "0.00"]))).toEqual({ amounts: ["36.04", "16.20", "0.00"], total: "52.24" });
  });

  it("a credit (negative line) is floored too: -$1.005 + $2.005 (exact $1.00): floors -$1.01 + $2.00, 1¢ to the first → -$1.00 + $2.00", () => {
    expect(shownCents(d(["-1.005", "2.005"]))).toEqual({ amounts: ["-1.00", "2.00"], total: "1.00" });
  });

  it("property: the shown amounts sum to the shown total (= the exact sum rounded once), each within 1¢ of its exact value", () => {
    const amount = fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((n) => new Decimal(n).div(1_000_000));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 0, maxLength: 40 }), (exact) => {
        const { amounts, total } = shownCents(exact);
        const sum = exact.reduce((acc, value) => acc.plus(value), new Decimal(0));
        expect(new Decimal(total).eq(roundToCents(sum))).toBe(true);
        expect(amounts.reduce((acc, value) => acc.plus(value), new Decimal(0)).eq(total)).toBe(true);
        amounts.forEach((shown, index) => {
          expect(
            new Decimal(shown)
              .minus(exact[index] ?? 0)
              .abs()
              .lessThan("0.01"),
          ).toBe(true);
        });
      }),
    );
  });
});
