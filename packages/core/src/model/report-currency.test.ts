import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REPORT_SIGNIFICANT_DIGITS } from "../currency/convert";
import { CONSUMPTION_TAX_LINE_ID } from "../patterns/consumption-tax";
import { sumLines } from "../lines/cost-line";
import { Decimal } from "../money/decimal";
import { roundToCents } from "../money/round";
import { toModelJson } from "../serialize/model-json";
import { comparisonCsv } from "../serialize/comparison-csv";
import { embeddedPriceBook } from "../snapshot/embedded";
import { modelScenario } from "./model-scenario";

const book = embeddedPriceBook();
const tokyo = {
  region: "ap-northeast-1",
  services: [
    { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 },
    { name: "api", taskCount: 2, vcpu: 1, memoryGib: 2 },
  ],
};
const fast = { scale: false } as const;

/** Every [xUsd, xJpy] pair of a JSON document (decimal strings only). */
function twins(value: unknown, out: [string, string, string][] = [], path = ""): [string, string, string][] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) twins(v, out, `${path}[${i}]`);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k.endsWith("Usd") && k !== "jpyPerUsd" && typeof v === "string") {
        const twin = o[`${k.slice(0, -3)}Jpy`];
        out.push([`${path}.${k}`, v, typeof twin === "string" ? twin : "MISSING"]);
      }
      twins(v, out, `${path}.${k}`);
    }
  }
  return out;
}

describe("consumption tax line (issue 21)", () => {
  it("is absent by default (AWS prices exclude JCT; a registered business recovers it)", () => {
    const result = modelScenario(tokyo, book, fast);
    for (const p of result.patterns) expect(p.bill.lines.some((l) => l.id === CONSUMPTION_TAX_LINE_ID)).toBe(false);
  });

  it("when asked, each pattern gets one line of exactly 10 % of its AWS lines; ops labour is untaxed", () => {
    const off = modelScenario(tokyo, book, fast);
    const on = modelScenario({ ...tokyo, reporting: { consumptionTax: true } }, book, fast);
    for (const [i, p] of on.patterns.entries()) {
      const tax = p.bill.lines.filter((l) => l.id === CONSUMPTION_TAX_LINE_ID);
      expect(tax).toHaveLength(1);
      const aws = sumLines(p.bill.lines.filter((l) => l.id !== CONSUMPTION_TAX_LINE_ID));
      expect(aws.equals(off.patterns[i]!.bill.monthlyUsd!)).toBe(true);
      expect(tax[0]!.monthlyUsd.equals(aws.times("0.1"))).toBe(true);
      expect(p.bill.monthlyUsd!.equals(aws.times("1.1"))).toBe(true);
      // ops is the same hours × rate with or without the tax
      expect(p.ops!.monthlyUsd.typical.equals(off.patterns[i]!.ops!.monthlyUsd.typical)).toBe(true);
    }
    // hand check, ECS on Fargate in Tokyo: 3 vCPU × 730 h × $0.05056 + 6 GB × 730 h × $0.00553 = 110.7264 + 24.2214 = $134.9478; tax $13.49478
    expect(on.patterns[0]!.bill.lines.at(-1)!.monthlyUsd.toFixed()).toBe("13.49478");
  });
});

describe("consumption tax in the scaled runs", () => {
  it("the break-even / curve runs bill the tax too: at ×1 each curve point's infra equals the taxed bill", () => {
    const result = modelScenario({ ...tokyo, reporting: { consumptionTax: true } }, book);
    const one = result.curves.find((p) => p.multiplier.num === p.multiplier.den);
    expect(one).toBeDefined();
    for (const p of result.patterns) {
      const point = one!.patterns[p.descriptor.id];
      if (point) expect(point.infraUsd.equals(p.bill.monthlyUsd!), p.descriptor.id).toBe(true);
    }
  });
});

describe("labour market suggestion (never silent)", () => {
  it("a Tokyo (or Osaka) scenario without a market keeps us rates and says so, suggesting jp", () => {
    for (const region of ["ap-northeast-1", "ap-northeast-3"]) {
      const result = modelScenario({ ...tokyo, region }, book, fast);
      expect(result.labour.market).toBe("us");
      expect(result.suggestions.map((s) => s.code)).toContain("SUGGEST_LABOUR_MARKET_JP");
    }
    expect(modelScenario({ ...tokyo, region: "us-east-1" }, book, fast).suggestions).toEqual([]);
  });
  it("with jp chosen, no market suggestion; the consumption tax is suggested while it is off", () => {
    const result = modelScenario({ ...tokyo, ops: { labourMarket: "jp" } }, book, fast);
    expect(result.suggestions.map((s) => s.code)).toEqual(["SUGGEST_CONSUMPTION_TAX"]);
  });
});

describe("one reporting currency, one stated rate", () => {
  it("property: a JPY report's every amount is its USD figure × the one rate (30 significant digits), and converting back gives the USD figure to the cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 20_000 }), fc.boolean(), (centiYen, jp) => {
        const jpyPerUsd = centiYen / 100; // ¥100.00 … ¥200.00
        const ops = jp ? { labourMarket: "jp" } : {};
        const usdJson = toModelJson(modelScenario({ ...tokyo, ops, reporting: { jpyPerUsd } }, book, fast));
        const jpyJson = toModelJson(modelScenario({ ...tokyo, ops, reporting: { currency: "JPY", jpyPerUsd } }, book, fast));
        const pairs = twins(jpyJson);
        expect(pairs.length).toBeGreaterThan(100);
        // the USD figures are the same in both reports (the model computes in USD)
        expect(twins(usdJson).map(([p, u]) => [p, u])).toEqual(pairs.map(([p, u]) => [p, u]));
        const rate = new Decimal(String(jpyPerUsd));
        for (const [path, usd, jpy] of pairs) {
          expect(jpy, path).not.toBe("MISSING");
          // × the one rate, to the report edge's 30 significant digits (REPORT_SIGNIFICANT_DIGITS: drops the model's last-digit noise)
          expect(new Decimal(jpy).equals(new Decimal(usd).times(rate).toSignificantDigits(REPORT_SIGNIFICANT_DIGITS)), path).toBe(true);
          expect(roundToCents(new Decimal(jpy).div(rate)), path).toBe(roundToCents(new Decimal(usd)));
        }
      }),
      { numRuns: 5 },
    );
  });

  it("the export states the currency and the dated default rate (Federal Reserve H.10, ¥148.54 on 2024-02-02)", () => {
    const json = toModelJson(modelScenario({ ...tokyo, reporting: { currency: "JPY" } }, book, fast));
    expect(json.reporting).toMatchObject({
      currency: "JPY",
      exchangeRate: { jpyPerUsd: "148.54", asOf: "2024-02-02", userSet: false },
    });
    expect(json.reporting.exchangeRate.source).toContain("federalreserve.gov/releases/h10/20240205");
  });

  it("the engineer-rate sensitivity (its break-even) is stated in yen too", () => {
    const json = toModelJson(
      modelScenario({ ...tokyo, ops: { labourMarket: "jp" }, reporting: { currency: "JPY", jpyPerUsd: 150 } }, book),
    );
    const row = json.sensitivity.find((r) => r.id === "engineer-rate") as Record<string, unknown>;
    expect(row.unitJpy).toBe("JPY/hour");
    expect(new Decimal(row.baselineJpy as string).toDecimalPlaces(20).toFixed()).toBe("5000");
  });

  it("the CSV adds yen columns at the same rate in a JPY report, and none in a USD one", () => {
    const jpy = comparisonCsv(modelScenario({ ...tokyo, reporting: { currency: "JPY", jpyPerUsd: 150 } }, book, fast).comparison);
    const at = (name: string) => jpy.columns.indexOf(name);
    const first = jpy.rows[0]!;
    expect(first[at("monthlyUsd")]).toBe("36.9088"); // web: 2 × 0.5 vCPU × 730 h × $0.05056
    expect(first[at("monthlyJpy")]).toBe("5536.32"); // × ¥150
    expect(first[at("jpyPerUsd")]).toBe("150");
    const usd = comparisonCsv(modelScenario(tokyo, book, fast).comparison);
    expect(usd.columns).not.toContain("monthlyJpy");
  });

  it("bad reporting input names the field: a rate of 0, an unknown currency, a date without a rate", () => {
    expect(() => modelScenario({ ...tokyo, reporting: { jpyPerUsd: 0 } }, book, fast)).toThrow(/reporting\.jpyPerUsd/);
    expect(() => modelScenario({ ...tokyo, reporting: { currency: "EUR" } }, book, fast)).toThrow(/reporting\.currency/);
    expect(() => modelScenario({ ...tokyo, reporting: { fxAsOf: "2026-12-01" } }, book, fast)).toThrow(/reporting\.jpyPerUsd/);
  });
});
