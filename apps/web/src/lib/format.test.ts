import { describe, expect, it } from "vitest";
import { formatJpy, formatMoney, formatNumber, pageFx, toChartNumber } from "./format";

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
    { label: "36.04 × 150 = 5,406 yen exactly", usd: "36.04", rate: "150", locale: "ja" as const, expected: "¥5,406" },
    {
      label: "no rate in Japanese: the core's dated default, 10 × 148.54 = 1,485.4 → 1,485",
      usd: "10",
      rate: "",
      locale: "ja" as const,
      expected: "¥1,485",
    },
    { label: "half a yen rounds up: 0.01 × 150.5 = 1.505 → 2", usd: "0.01", rate: "150.5", locale: "en" as const, expected: "¥2" },
  ])("JPY beside USD: $label", ({ usd, rate, locale, expected }) => {
    expect(formatJpy(usd, rate, locale)).toBe(expected);
  });

  it.each(["", "abc", "0", "-3"])("no JPY in English for a missing or invalid rate (%j)", (rate) => {
    expect(formatJpy("10", rate, "en")).toBeNull();
  });

  it("the Japanese default rate is the core's, dated and sourced (Federal Reserve H.10, 2024-02-02: ¥148.54)", () => {
    expect(pageFx("", "ja")).toMatchObject({ asOf: "2024-02-02", userSet: false });
    expect(pageFx("", "ja")?.jpyPerUsd.toFixed()).toBe("148.54");
    expect(pageFx("", "ja")?.source).toContain("Federal Reserve H.10");
    expect(pageFx("150", "ja")).toMatchObject({ userSet: true });
  });

  it("quantities per locale", () => {
    expect(formatNumber("1234.5", "en")).toBe("1,234.5");
    expect(formatNumber("1234.5", "ja")).toBe("1,234.5");
  });

  it("chart numbers are the cents-rounded amount (geometry only)", () => {
    expect(toChartNumber("36.0394")).toBe(36.04);
  });
});
