import { describe, expect, it } from "vitest";
import type { FieldIssues } from "./field-errors";
import { readNumber } from "./read-number";

describe("readNumber: what people type into a quantity field", () => {
  it.each([
    { text: "0.5", expected: 0.5, why: "a plain decimal" },
    { text: " 12 ", expected: 12, why: "spaces around are ignored" },
    { text: "1e3", expected: 1000, why: "an exponent, as spreadsheets and YAML write it (issue 20: was 'must be a number')" },
    { text: "2.5E-1", expected: 0.25, why: "a negative exponent, upper-case E" },
  ])("$text → $expected ($why)", ({ text, expected }) => {
    const errors: FieldIssues = {};
    expect(readNumber(text, "f", errors)).toBe(expected);
    expect(errors).toEqual({});
  });

  it.each([
    { text: "abc", why: "not a number" },
    { text: "1e", why: "an exponent without digits" },
    { text: "1e999", why: "beyond any float (Infinity must never reach the model)" },
    { text: "0x10", why: "hexadecimal is not a quantity" },
  ])("$text is refused with NOT_A_NUMBER ($why)", ({ text }) => {
    const errors: FieldIssues = {};
    expect(readNumber(text, "f", errors)).toBeUndefined();
    expect(errors.f).toEqual({ code: "NOT_A_NUMBER", params: { text } });
  });
});
