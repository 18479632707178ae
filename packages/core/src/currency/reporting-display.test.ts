import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../messages/message";
import { Decimal } from "../money/decimal";
import { fromReportingAmount } from "./convert";
import type { ReportingCurrency } from "./currency";
import { currencyJson } from "./report-json";
import { exactAmountText, reportingFormats, reportingFromJson, shownAmountText, shownReporting } from "./reporting-display";

const fx = (jpyPerUsd: string) => ({ jpyPerUsd: new Decimal(jpyPerUsd), asOf: "2026-12-01", source: "test", userSet: true });
const jpy150: ReportingCurrency = { currency: "JPY", fx: fx("150") };
const usd: ReportingCurrency = { currency: "USD", fx: fx("150") };

describe("reporting display helpers (issue 21: every figure of a page in one currency)", () => {
  it("reads the model's rate back from the export block unchanged (no second rate)", () => {
    const back = reportingFromJson(currencyJson(jpy150));
    expect(back.currency).toBe("JPY");
    expect(back.fx.jpyPerUsd.toFixed()).toBe("150");
    expect(back.fx.asOf).toBe("2026-12-01");
  });

  it("renders {x:money} and {x:usd} message params in yen: $18.85/h × ¥150/$ = ¥2,827.5 → ¥2,828 (half up)", () => {
    const formats = reportingFormats(jpy150);
    expect(fillTemplate("at or below {v:money}/h (now {b:usd}/h)", { v: "18.85", b: "90" }, undefined, { formats })).toBe(
      "at or below ¥2,828/h (now ¥13,500/h)",
    );
    // exact (hover title): the converted decimal, unrounded
    expect(fillTemplate("{v:money}", { v: "18.85" }, undefined, { formats, exact: true })).toBe("¥2,827.5");
    // Japanese style: number + 円 (glossary-ja.md)
    expect(fillTemplate("{v:money}", { v: "18.85" }, undefined, { formats: reportingFormats(jpy150, "suffix") })).toBe("2,828 円");
  });

  it("a USD report keeps the core's own formats ($ to the cent; {x:usd} raw)", () => {
    const formats = reportingFormats(usd);
    expect(fillTemplate("{v:money} {r:usd}", { v: "18.845", r: "0.04048" }, undefined, { formats })).toBe("$18.85 $0.04048");
  });

  it("bill lines in whole yen add up to the shown total: 3 × $0.01 = ¥1.5 each → ¥2 + ¥2 + ¥1 = ¥5 (¥4.5 half up)", () => {
    const lines = [new Decimal("0.01"), new Decimal("0.01"), new Decimal("0.01")];
    expect(shownReporting(lines, jpy150)).toEqual({ amounts: ["2", "2", "1"], total: "5" });
    expect(shownReporting(lines, usd)).toEqual({ amounts: ["0.01", "0.01", "0.01"], total: "0.03" });
  });

  it.each([
    { label: "yen suffix (ja)", text: shownAmountText("-1234", "JPY", "suffix"), want: "-1,234 円" },
    { label: "yen prefix (en)", text: shownAmountText("1234", "JPY"), want: "¥1,234" },
    { label: "exact dollars keep every digit", text: exactAmountText(new Decimal("-1234.0401"), "USD"), want: "-$1,234.0401" },
  ])("text: $label", ({ text, want }) => {
    expect(text).toBe(want);
  });

  it("property: shown yen lines stay within ¥1 of each exact converted line and sum to the shown total", () => {
    const usdAmount = fc.integer({ min: 0, max: 10 ** 9 }).map((n) => new Decimal(n).div(10 ** 4));
    fc.assert(
      fc.property(fc.array(usdAmount, { minLength: 1, maxLength: 20 }), fc.integer({ min: 100, max: 100_000 }), (lines, r) => {
        const reporting: ReportingCurrency = { currency: "JPY", fx: fx(new Decimal(r).div(100).toFixed()) };
        const shown = shownReporting(lines, reporting);
        const sum = shown.amounts.reduce((a, b) => a.plus(b), new Decimal(0));
        expect(sum.toFixed(0)).toBe(shown.total);
        shown.amounts.forEach((amount, i) => {
          const exactUsd = lines[i] ?? new Decimal(0);
          const diffYen = fromReportingAmount(new Decimal(amount), reporting).minus(exactUsd).times(reporting.fx.jpyPerUsd).abs();
          expect(diffYen.lte(1)).toBe(true);
        });
      }),
    );
  });
});
