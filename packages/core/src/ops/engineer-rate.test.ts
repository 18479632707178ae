import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { ReportingSchema } from "../currency/reporting-schema";
import { OpsSchema } from "../scenario/ops-schema";
import { ENGINEER_HOURLY_USD, scenarioEngineerRate } from "./engineer-rate";

describe("loaded engineer rate (ops-effort.md §3.2)", () => {
  // wage ÷ 2,080 paid hours ÷ 0.705 wage share of compensation (F37), rounded to whole dollars
  it.each([
    { label: "low: BLS sysadmin median $90,520 (F35)", wage: "90520", expected: ENGINEER_HOURLY_USD.low },
    { label: "typical: BLS software developer median $132,270 (F36)", wage: "132270", expected: ENGINEER_HOURLY_USD.typical },
  ])("$label", ({ wage, expected }) => {
    const loaded = new Decimal(wage).div(2080).div("0.705");
    expect(loaded.toDecimalPlaces(0).equals(expected)).toBe(true);
  });

  it.each([
    { label: "default is the typical rate with its sources", ops: {}, price: "90", source: "ops-effort.md F36, F37" },
    { label: "rateLevel high picks the judgement rate", ops: { rateLevel: "high" }, price: "150", source: "ops-effort.md F38 (judgement)" },
    {
      label: "a user rate wins and says it came from the scenario",
      ops: { engineerHourlyUsd: 72.5 },
      price: "72.5",
      source: "scenario: ops.engineerHourlyUsd",
    },
  ])("$label", ({ ops, price, source }) => {
    const rate = scenarioEngineerRate({ ops: OpsSchema.parse(ops), reporting: ReportingSchema.parse({}) });
    expect(rate).toMatchObject({ priceUsd: price, sourceId: source, unit: "engineer-hour", service: "EngineeringLabour" });
  });
});
