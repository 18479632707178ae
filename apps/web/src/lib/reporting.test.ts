import { Decimal, type ReportingCurrency } from "@repo/core";
import { describe, expect, it } from "vitest";
import { chartLabel, chartNumber, reportingAmount, USD_REPORTING } from "./reporting";

const jpy150: ReportingCurrency = {
  currency: "JPY",
  fx: { jpyPerUsd: new Decimal(150), asOf: "2026-12-01", source: "test", userSet: true },
};

describe("the page's money in its reporting currency (the core converts, rounds once)", () => {
  it.each([
    {
      label: "USD, en: cents, half-up (12,345.675 → 12,345.68)",
      usd: "12345.675",
      r: USD_REPORTING,
      locale: "en" as const,
      text: "$12,345.68",
    },
    { label: "USD, ja: same dollars (one style per view)", usd: "12345.675", r: USD_REPORTING, locale: "ja" as const, text: "$12,345.68" },
    {
      label: "JPY, ja: $36.0401 × 150 = 5,406.015 → '5,406 円' (glossary-ja: 円 after the number)",
      usd: "36.0401",
      r: jpy150,
      locale: "ja" as const,
      text: "5,406 円",
    },
    { label: "JPY, en: '¥5,406'", usd: "36.0401", r: jpy150, locale: "en" as const, text: "¥5,406" },
    { label: "JPY: half a yen rounds up, 0.01 × 150 = 1.5 → 2", usd: "0.01", r: jpy150, locale: "en" as const, text: "¥2" },
  ])("$label", ({ usd, r, locale, text }) => {
    expect(reportingAmount(usd, r, locale).text).toBe(text);
  });

  it("keeps the exact converted amount for the hover title: 36.0401 × 150 = 5,406.015 exactly", () => {
    expect(reportingAmount("36.0401", jpy150, "ja")).toMatchObject({ exact: "5406.015", exactText: "5,406.015 円" });
  });

  it("charts: geometry in the reporting currency (5,406.015 → 5,406.02), axis labels rounded once (5,406 円)", () => {
    expect(chartNumber("36.0401", jpy150)).toBe(5406.02);
    expect(chartNumber("36.0394", USD_REPORTING)).toBe(36.04);
    expect(chartLabel(5406.02, jpy150, "ja")).toBe("5,406 円");
    expect(chartLabel(36.04, USD_REPORTING, "ja")).toBe("$36.04");
  });
});
