import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { roundToCents } from "../money/round";
import { formatAmount, formatReporting, fromReportingAmount, toReportingAmount, yenText } from "./convert";
import type { ReportingCurrency } from "./currency";
import { withReportingTwins } from "./report-json";

const fx = (jpyPerUsd: string) => ({ jpyPerUsd: new Decimal(jpyPerUsd), asOf: "2026-12-01", source: "test", userSet: true });
const jpy150: ReportingCurrency = { currency: "JPY", fx: fx("150") };
const usd: ReportingCurrency = { currency: "USD", fx: fx("150") };

describe("the report-edge converter (issue 21)", () => {
  it("converts a USD figure once, exactly: $36.0401 × ¥150/$ = ¥5,406.015 (shown ¥5,406: JPY has no minor unit)", () => {
    expect(toReportingAmount(new Decimal("36.0401"), jpy150).toFixed()).toBe("5406.015");
    expect(formatReporting(new Decimal("36.0401"), jpy150)).toBe("¥5,406");
  });
  it("a yen amount that entered the model as USD reads back exactly: ¥5,000 ÷ 148.54 × 148.54 = ¥5,000 (not 5000.000…001)", () => {
    const atDefault: ReportingCurrency = { currency: "JPY", fx: fx("148.54") };
    const usdRate = new Decimal(5000).div("148.54"); // 33.66096674296485795072… cut at 40 digits
    expect(usdRate.times("148.54").toFixed()).not.toBe("5000"); // the noise the report edge removes
    expect(toReportingAmount(usdRate, atDefault).toFixed()).toBe("5000");
    // 47/6 h × that rate → ¥39,166.666… to 30 significant digits (hand: ¥235,000 ÷ 6)
    const hours = new Decimal(47).div(6);
    expect(toReportingAmount(hours.times(usdRate), atDefault).toFixed()).toBe("39166.6666666666666666666666667");
  });
  it("a USD report is the identity, formatted to cents as before", () => {
    expect(toReportingAmount(new Decimal("36.0401"), usd).toFixed()).toBe("36.0401");
    expect(formatReporting(new Decimal("36.0401"), usd)).toBe("$36.04");
  });
  it.each([
    { label: "half a yen rounds away from zero (like cents)", amount: "1234.5", text: "¥1,235" },
    { label: "negative deltas keep their sign", amount: "-1234.5", text: "-¥1,235" },
    { label: "a tiny negative rounds to ¥0, not -¥0", amount: "-0.2", text: "¥0" },
    { label: "millions are grouped", amount: "2211590.4", text: "¥2,211,590" },
  ])("formatAmount JPY: $label", ({ amount, text }) => {
    expect(formatAmount(new Decimal(amount), "JPY")).toBe(text);
  });

  it("property: converting to yen and back gives the USD figure to the cent, at any rate from ¥1 to ¥10,000 per dollar", () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => new Decimal(c.toString()).div(100));
    const extraDigits = fc.integer({ min: 0, max: 10 ** 6 }).map((n) => new Decimal(n).div(10 ** 10));
    const rate = fc.integer({ min: 100, max: 1_000_000 }).map((n) => new Decimal(n).div(100)); // ¥1.00 … ¥10,000.00
    fc.assert(
      fc.property(cents, extraDigits, rate, (c, extra, r) => {
        const amountUsd = c.plus(extra);
        const reporting: ReportingCurrency = { currency: "JPY", fx: fx(r.toFixed()) };
        const back = fromReportingAmount(toReportingAmount(amountUsd, reporting), reporting);
        expect(roundToCents(back)).toBe(roundToCents(amountUsd));
      }),
    );
  });

  it("every `xUsd` amount of an export gets an exact `xJpy` twin next to it (bands, records, null), the rate itself does not", () => {
    const json = {
      jpyPerUsd: "150",
      lines: [{ rateUsd: "0.05056", monthlyUsd: "36.9088", unit: "vCPU-hour" }],
      monthlyUsd: { low: "1", typical: "2", high: "3" },
      tcoUsd: { "ecs-fargate": "10" },
      infraMonthlyUsd: null,
      label: "not money",
    };
    expect(withReportingTwins(json, jpy150)).toEqual({
      jpyPerUsd: "150",
      lines: [{ rateUsd: "0.05056", rateJpy: "7.584", monthlyUsd: "36.9088", monthlyJpy: "5536.32", unit: "vCPU-hour" }],
      monthlyUsd: { low: "1", typical: "2", high: "3" },
      monthlyJpy: { low: "150", typical: "300", high: "450" },
      tcoUsd: { "ecs-fargate": "10" },
      tcoJpy: { "ecs-fargate": "1500" },
      infraMonthlyUsd: null,
      infraMonthlyJpy: null,
      label: "not money",
    });
    expect(withReportingTwins(json, usd)).toBe(json);
  });
});

describe("yenText: one way to write a rounded yen amount (formatAmount's whole yen, hourlyAmountText's sen)", () => {
  it.each([
    ["-1234", "prefix", "-¥1,234"],
    ["1234567", "suffix", "1,234,567 円"],
    ["7.50", "prefix", "¥7.50"],
    ["1234.50", "suffix", "1,234.50 円"],
    ["-0", "prefix", "¥0"],
    ["-0.00", "suffix", "0.00 円"],
  ] as const)("%s (%s) reads %s — thousands grouped in the whole part, no minus on a zero", (rounded, style, text) => {
    expect(yenText(rounded, style)).toBe(text);
  });
});
