import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal";
import { formatUsd, roundToCents } from "./round";

describe("roundToCents (the one display rounding: half away from zero)", () => {
  it.each([
    { label: "2 Fargate tasks, 0.5 vCPU / 1 GB, 730 h (S2 rates): 36.0401 → 36.04", input: "36.0401", expected: "36.04" },
    { label: "exact half rounds up, as on an invoice", input: "16.425", expected: "16.43" },
    { label: "below half rounds down", input: "0.004999", expected: "0.00" },
    { label: "negative deltas round away from zero", input: "-2.345", expected: "-2.35" },
  ])("$label", ({ input, expected }) => {
    expect(roundToCents(new Decimal(input))).toBe(expected);
  });
});

describe("formatUsd", () => {
  it.each([
    { input: "12345.675", expected: "$12,345.68" },
    { input: "0", expected: "$0.00" },
    { input: "1000000", expected: "$1,000,000.00" },
    { input: "-1234.5", expected: "-$1,234.50" },
  ])("$input → $expected (thousands grouped, two places)", ({ input, expected }) => {
    expect(formatUsd(new Decimal(input))).toBe(expected);
  });
});
