import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal";
import { OrderedSum, scaledTerm, timesCount } from "./ordered-sum";

const plainSum = (terms: readonly Decimal[]): Decimal => terms.reduce((total, t) => total.plus(t), new Decimal(0));
const orderedSum = (terms: readonly Decimal[]): Decimal => {
  const sum = new OrderedSum();
  for (const t of terms) {
    const scaled = scaledTerm(t);
    if (!scaled) throw new Error(`not a scaled term: ${t.toString()}`);
    sum.add(scaled);
  }
  return sum.value();
};

describe("OrderedSum", () => {
  it("0.1 + 0.2 = 0.3 exactly (no float on the way)", () => {
    expect(orderedSum([new Decimal("0.1"), new Decimal("0.2")]).toString()).toBe("0.3");
  });

  it("rounds where decimal.js rounds: a 40-digit third of 730 h, then sums that carry the total past 1,000 and 10,000", () => {
    // 730 ÷ 3 = 243.3333… (40 digits); adding $800 carries the total to 4 integer digits, so decimal.js drops its last
    // decimal (half-even); the same again at 10,000.
    const third = new Decimal(730).div(3);
    const terms = [third, new Decimal(800), new Decimal("0.05"), third, new Decimal(9000), new Decimal("0.0001")];
    expect(orderedSum(terms).toString()).toBe(plainSum(terms).toString());
    expect(plainSum(terms).sd()).toBe(40);
  });

  it("equals the plain Decimal sum on random mixes of short decimals and 40-digit quotients (the Fargate lines of batch schedules)", () => {
    const short = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 10 }))
      .map(([n, places]) => new Decimal(n.toString()).div(10 ** places));
    const long = fc
      .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(3, 7, 24, 730, 3600, 9999), fc.integer({ min: 0, max: 8 }))
      .map(([n, d, places]) => new Decimal(n).div(d).div(10 ** places));
    const nines = fc.integer({ min: 1, max: 9 }).map((k) => new Decimal(10).pow(k).minus(new Decimal("0.0000001")));
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: short }, { weight: 2, arbitrary: long }, { weight: 1, arbitrary: nines }), {
          maxLength: 60,
        }),
        (terms) => {
          expect(orderedSum(terms).toString()).toBe(plainSum(terms).toString());
        },
      ),
      { numRuns: 1000, seed: 20261204 },
    );
  });

  it("timesCount: 3 × $7.3876 = $22.1628 (3 tasks × 730 h × 0.25 vCPU × $0.04048)", () => {
    const term = scaledTerm(new Decimal("7.3876"));
    const sum = new OrderedSum();
    if (term) sum.add(timesCount(term, 3));
    expect(sum.value().toString()).toBe("22.1628");
  });

  it("scaledTerm refuses what it cannot hold exactly: negative, over 64 places, over 40 digits", () => {
    expect(scaledTerm(new Decimal("-1"))).toBeUndefined();
    expect(scaledTerm(new Decimal("1e-65"))).toBeUndefined();
    expect(scaledTerm(new Decimal("1234567890123456789012345678901234567890.5"))).toBeUndefined();
    expect(scaledTerm(new Decimal(0))).toEqual({ units: 0n, places: 0 });
  });
});
