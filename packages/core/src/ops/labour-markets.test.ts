import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { parseScenario } from "../scenario/parse-scenario";
import { labourBandUsd, labourRate, scenarioEngineerRate } from "./engineer-rate";
import { LABOUR_MARKETS } from "./labour-markets";

const services = [{ name: "web", taskCount: 1, vcpu: 0.5, memoryGib: 1 }];
const scenario = (extra: Record<string, unknown>) => parseScenario({ region: "ap-northeast-1", services, ...extra });

describe("labour markets (ops-effort.md §1.5, §3.2)", () => {
  // annual pay ÷ 1,900 paid hours ÷ 0.82 cash-wage share of labour cost (F41)
  it.each([
    { label: "jp low ≈ ソフトウェア作成者 ¥5.50M (F39): ¥3,530 → ¥3,500", pay: "5500000", expected: LABOUR_MARKETS.jp.hourly.low },
    {
      label: "jp typical ≈ 高度SE/ITアーキテクト ¥7.78M (F40): ¥4,994 → ¥5,000",
      pay: "7780000",
      expected: LABOUR_MARKETS.jp.hourly.typical,
    },
  ])("$label (the §3.2 table rounds to ¥500)", ({ pay, expected }) => {
    const loaded = new Decimal(pay).div(1900).div("0.82");
    expect(loaded.div(500).toDecimalPlaces(0).times(500).equals(expected)).toBe(true);
  });

  it("jp typical is ¥5,000/h in yen, and ¥5,000 ÷ ¥150/$ in USD for the model (converted at the report's one rate)", () => {
    const s = scenario({ ops: { labourMarket: "jp" }, reporting: { jpyPerUsd: 150 } });
    const rate = labourRate(s);
    expect(rate).toMatchObject({ market: "jp", currency: "JPY", defaulted: false, source: "ops-effort.md F40, F41 (METI, MHLW)" });
    expect(rate.hourly.toFixed()).toBe("5000");
    expect(rate.hourlyUsd.times(150).toDecimalPlaces(20).toFixed()).toBe("5000");
    expect(scenarioEngineerRate(s).description).toContain("¥5,000 at ¥150/$");
  });

  it("an explicit rate with its currency replaces the market: ¥6,000/h at ¥120/$ = $50/h", () => {
    const rate = labourRate(scenario({ ops: { engineerHourly: { amount: 6000, currency: "JPY" } }, reporting: { jpyPerUsd: 120 } }));
    expect(rate).toMatchObject({ market: "custom", currency: "JPY", source: "scenario: ops.engineerHourly" });
    expect(rate.hourlyUsd.toFixed()).toBe("50");
  });

  it("no market chosen = us ($90/h typical), flagged as defaulted so faces can suggest jp", () => {
    const rate = labourRate(scenario({}));
    expect(rate).toMatchObject({ market: "us", defaulted: true, currency: "USD" });
    expect(rate.hourly.toFixed()).toBe("90");
  });

  it("both explicit rate fields is an input error naming the field", () => {
    expect(() => labourRate(scenario({ ops: { engineerHourlyUsd: 90, engineerHourly: { amount: 5000, currency: "JPY" } } }))).toThrow(
      /INVALID_OPTION.*ops\.engineerHourly/,
    );
  });

  it("an unknown market or currency is rejected with the allowed values", () => {
    expect(() => scenario({ ops: { labourMarket: "uk" } })).toThrow(/ops\.labourMarket/);
    expect(() => scenario({ ops: { engineerHourly: { amount: 1, currency: "EUR" } } })).toThrow(/ops\.engineerHourly\.currency/);
  });

  it("the engineer-rate sensitivity range is the market's band in USD: jp ¥3,500–¥8,000 at ¥140/$ = $25–$57.142857…", () => {
    const b = labourBandUsd(scenario({ ops: { labourMarket: "jp" }, reporting: { jpyPerUsd: 140 } }));
    expect(b.low.toFixed()).toBe("25");
    expect(b.high.toDecimalPlaces(6).toFixed()).toBe("57.142857");
  });
});
