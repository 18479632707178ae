import { describe, expect, it } from "vitest";
import { READING_FORMATS } from "../messages/reading-formats";
import { Decimal } from "../money/decimal";
import { hourlyAmountText } from "./reporting-display";

describe("hourly rates for reading", () => {
  it.each([
    { usd: "90", text: "$90", why: "whole dollars without .00 (the engineer rate)" },
    { usd: "33.3333333333", text: "$33.33", why: "¥5,000 ÷ ¥150/$ to the cent" },
    { usd: "0.05", text: "$0.05", why: "a Savings Plan commitment to the cent" },
    { usd: "0.0012", text: "$0.0012", why: "AWS takes commitments from $0.001/h: below a cent two significant digits, never $0.00" },
    { usd: "0", text: "$0", why: "zero stays zero" },
  ])("USD $usd → $text ($why)", ({ usd, text }) => {
    expect(READING_FORMATS.rate?.(usd, false)).toBe(text);
  });

  it.each([
    { jpy: "13500", text: "¥13,500", why: "$90 × ¥150/$: whole yen from ¥100 up" },
    { jpy: "7.5", text: "¥7.50", why: "$0.05 × ¥150/$: to the sen below ¥100 (¥8 × 730 h would not be the ¥5,475 shown)" },
    { jpy: "0.18", text: "¥0.18", why: "$0.0012 × ¥150/$" },
    { jpy: "0", text: "¥0", why: "zero in whole yen" },
  ])("JPY ¥$jpy → $text ($why)", ({ jpy, text }) => {
    expect(hourlyAmountText(new Decimal(jpy), "JPY")).toBe(text);
  });

  it("the Japanese page's style puts 円 after the amount: ¥7.5 → 7.50 円", () => {
    expect(hourlyAmountText(new Decimal("7.5"), "JPY", "suffix")).toBe("7.50 円");
  });
});
