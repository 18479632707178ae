import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber, toChartNumber } from "./format";

describe("display formatting (rounded once, per locale)", () => {
  it.each([
    { label: "en groups thousands, half-up to cents", usd: "12345.675", locale: "en" as const, expected: "$12,345.68" },
    { label: "ja keeps USD with the dollar sign", usd: "12345.675", locale: "ja" as const, expected: "$12,345.68" },
    { label: "an exact 4-decimal total rounds half-up (161.8953 → 161.90)", usd: "161.8953", locale: "en" as const, expected: "$161.90" },
    { label: "zero", usd: "0", locale: "en" as const, expected: "$0.00" },
  ])("$label", ({ usd, locale, expected }) => {
    expect(formatMoney(usd, locale)).toBe(expected);
  });

  it.each([
    {
      label: "36.0401 × 150 = 5,406.015 → ¥5,406 (converted exactly by the core, rounded once)",
      usd: "36.0401",
      rate: "150",
      locale: "ja" as const,
      expected: "￥5,406",
    },
    { label: "half a yen rounds up: 0.01 × 150.5 = 1.505 → 2", usd: "0.01", rate: "150.5", locale: "en" as const, expected: "¥2" },
  ])("a JPY report: $label", ({ usd, rate, locale, expected }) => {
    expect(formatMoney(usd, locale, rate)).toBe(expected);
  });

  it("quantities per locale", () => {
    expect(formatNumber("1234.5", "en")).toBe("1,234.5");
    expect(formatNumber("1234.5", "ja")).toBe("1,234.5");
  });

  it("chart numbers are the cents-rounded amount (geometry only)", () => {
    expect(toChartNumber("36.0394")).toBe(36.04);
  });
});
