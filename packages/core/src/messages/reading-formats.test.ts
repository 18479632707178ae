import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import type { ReportingCurrency } from "../currency/currency";
import { reportingFormats } from "../currency/reporting-display";
import { renderMessageExact, renderMessage, renderMessageWith } from "./english";
import { fillTemplate, message } from "./message";
import { READING_FORMATS } from "./reading-formats";

// Issue 20 item 4's examples: "×4.166667" → "×4.17", "22.205 USD/hour" → "$22.21/h", shares 0–1 as %.
describe("reading formats: exact parameters rounded half-up for people, exact on request", () => {
  it("money: USD to the cent with thousands separators (formatUsd); exact keeps every digit", () => {
    expect(READING_FORMATS.money?.("22.205", false)).toBe("$22.21");
    expect(READING_FORMATS.money?.("12345.675", false)).toBe("$12,345.68");
    expect(READING_FORMATS.money?.("-3.5", false)).toBe("-$3.50");
    expect(READING_FORMATS.money?.("12345.6789", true)).toBe("$12,345.6789");
    expect(READING_FORMATS.money?.("-3.5", true)).toBe("-$3.5");
  });

  it("multiplier: two places, trailing zeros dropped", () => {
    expect(READING_FORMATS.multiplier?.("4.166667", false)).toBe("×4.17");
    expect(READING_FORMATS.multiplier?.("0.333333", false)).toBe("×0.33");
    expect(READING_FORMATS.multiplier?.("10", false)).toBe("×10");
    expect(READING_FORMATS.multiplier?.("0.247", false)).toBe("×0.25");
    expect(READING_FORMATS.multiplier?.("4.166667", true)).toBe("×4.166667");
  });

  it("percent: a share 0–1 as a percentage to one place", () => {
    expect(READING_FORMATS.percent?.("0.6234", false)).toBe("62.3 %");
    expect(READING_FORMATS.percent?.("0", false)).toBe("0 %");
    expect(READING_FORMATS.percent?.("10", false)).toBe("1,000 %");
    expect(READING_FORMATS.percent?.("0.62345", true)).toBe("62.345 %");
  });

  it("number: two places with thousands separators", () => {
    expect(READING_FORMATS.number?.("1234.5678", false)).toBe("1,234.57");
    expect(READING_FORMATS.number?.("7.8333333", false)).toBe("7.83");
  });

  it("a small value that is not zero keeps two significant digits instead of reading as 0 (the golden's 0.004 × typical hours)", () => {
    expect(READING_FORMATS.multiplier?.("0.0036111", false)).toBe("×0.0036");
    expect(READING_FORMATS.number?.("0.000123", false)).toBe("0.00012");
    expect(READING_FORMATS.multiplier?.("0", false)).toBe("×0");
    expect(READING_FORMATS.multiplier?.("0.004", false)).toBe("×0.004");
    expect(READING_FORMATS.multiplier?.("0.006", false)).toBe("×0.01"); // rounds to a nonzero 2-place value: shown as is
  });

  it("a value that is not a decimal is shown as given (never NaN)", () => {
    expect(READING_FORMATS.money?.("n/a", false)).toBe("n/a");
    expect(READING_FORMATS.multiplier?.("n/a", false)).toBe("×n/a");
    expect(READING_FORMATS.percent?.("n/a", false)).toBe("n/a");
  });

  it("fillTemplate applies a reading format, a face's own formatter replaces it, exact unrounds it", () => {
    expect(fillTemplate("at {m:multiplier}", { m: "4.166667" })).toBe("at ×4.17");
    expect(fillTemplate("{x:money}/h", { x: "22.205" }, undefined, { formats: { money: (v) => `${v} USD` } })).toBe("22.205 USD/h");
    const change = message("CHANGE_ENGINEER_RATE_BELOW", { value: "22.205", baseline: "90", to: "ECS on EC2" });
    expect(renderMessage(change)).toBe("Engineer rate at or below $22.21/h (now $90.00/h) → ECS on EC2");
    expect(renderMessageExact(change)).toBe("Engineer rate at or below $22.205/h (now $90/h) → ECS on EC2");
  });
});

describe("the `rate` reading format: an engineer's hourly rate to the cent, whole dollars kept short", () => {
  it("¥5,000/h at ¥150/$ is $33.333… (a 40-digit quotient): read as $33.33, exact on hover; $90 stays $90 (BLS typical, F36)", () => {
    const quotient = new Decimal(5000).div(150).toFixed();
    expect(READING_FORMATS.rate?.(quotient, false)).toBe("$33.33");
    expect(READING_FORMATS.rate?.(quotient, true)).toBe(`$${quotient}`);
    expect(READING_FORMATS.rate?.("90", false)).toBe("$90");
    expect(READING_FORMATS.rate?.("62.5", false)).toBe("$62.50");
  });

  it("the assumption and the recommendation read the rate this way in English, and in yen with a JPY report's formats", () => {
    const rateUsd = new Decimal(5000).div(150).toFixed();
    expect(renderMessage(message("VALUE_USD_PER_HOUR", { rateUsd }))).toBe("$33.33/hour");
    const jpy150: ReportingCurrency = {
      currency: "JPY",
      fx: { jpyPerUsd: new Decimal(150), asOf: "2026-12-01", source: "test", userSet: true },
    };
    // $33.333… × ¥150/$ = ¥4,999.99…, rounded once to the yen: ¥5,000 — the rate the team typed.
    expect(renderMessageWith(message("VALUE_USD_PER_HOUR", { rateUsd }), { formats: reportingFormats(jpy150) })).toBe("¥5,000/hour");
  });
});
