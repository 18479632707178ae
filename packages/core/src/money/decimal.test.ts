import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, parseDecimal, sumDecimals, toDecimalString, toQuantity } from "./decimal";

describe("parseDecimal", () => {
  it.each([
    { label: "AWS 10-place price string keeps its value (Fargate vCPU, S2)", input: "0.0404800000", expected: "0.04048" },
    { label: "integer string", input: "730", expected: "730" },
    { label: "surrounding spaces are trimmed", input: " 0.10 ", expected: "0.1" },
  ])("$label → $expected", ({ input, expected }) => {
    expect(toDecimalString(parseDecimal(input))).toBe(expected);
  });

  it.each(["1e-3", "abc", "", "0.1.2", "NaN", "Infinity", "1,5"])("rejects %j with INVALID_DECIMAL", (input) => {
    expect(() => parseDecimal(input, "priceUsd")).toThrow(/INVALID_DECIMAL.*priceUsd/);
  });
});

describe("toQuantity", () => {
  it("reads a number's shortest decimal form, so 0.1 + 0.2 is exactly 0.3 (a float sum is 0.30000000000000004)", () => {
    expect(toQuantity(0.1).plus(toQuantity(0.2)).toFixed()).toBe("0.3");
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY])("rejects %s with INVALID_QUANTITY", (value) => {
    expect(() => toQuantity(value, "taskCount")).toThrow(/INVALID_QUANTITY/);
  });
});

describe("properties", () => {
  // Decimal strings with up to 10 places, like AWS prices.
  const priceString = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 10 })).map(([units, scale]) => {
    const digits = units.toString().padStart(scale + 1, "0");
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

  it("exact decimals survive a string round trip", () => {
    fc.assert(
      fc.property(priceString, (text) => {
        const value = parseDecimal(text);
        expect(parseDecimal(toDecimalString(value)).equals(value)).toBe(true);
      }),
    );
  });

  it("price × quantity is exact: (a × q) / q gives a back for any 10-place price and 6-place quantity", () => {
    fc.assert(
      fc.property(priceString, fc.integer({ min: 1, max: 10 ** 9 }), (text, micro) => {
        const price = parseDecimal(text);
        const quantity = new Decimal(micro).div(10 ** 6);
        expect(price.times(quantity).div(quantity).equals(price)).toBe(true);
      }),
    );
  });

  it("sums do not depend on order", () => {
    fc.assert(
      fc.property(fc.array(priceString, { maxLength: 30 }), (texts) => {
        const values = texts.map((t) => parseDecimal(t));
        expect(sumDecimals(values).equals(sumDecimals([...values].reverse()))).toBe(true);
      }),
    );
  });
});
