import { describe, expect, it } from "vitest";
import { withLocaleDefaults, localeSuggested } from "./locale-defaults";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

describe("locale defaults (issue 21): Japanese → JPY and the jp labour market, visibly", () => {
  it("ja fills only empty fields, and marks them as suggestions", () => {
    const state = withLocaleDefaults(SMALL_WEB_APP.state, "ja");
    expect(state).toMatchObject({ currency: "JPY", labourMarket: "jp" });
    expect(localeSuggested(SMALL_WEB_APP.state, "ja")).toEqual({ currency: true, labourMarket: true });
    const chosen = withLocaleDefaults({ ...SMALL_WEB_APP.state, currency: "USD", labourMarket: "us" }, "ja");
    expect(chosen).toMatchObject({ currency: "USD", labourMarket: "us" });
  });
  it("en keeps the core's defaults (USD, us)", () => {
    expect(withLocaleDefaults(SMALL_WEB_APP.state, "en")).toBe(SMALL_WEB_APP.state);
  });
  it("the suggestion reaches the scenario: reporting JPY, ops.labourMarket jp, tax only when chosen", () => {
    const { input } = toScenario(withLocaleDefaults(SMALL_WEB_APP.state, "ja"));
    expect(input).toMatchObject({ reporting: { currency: "JPY", consumptionTax: false }, ops: { labourMarket: "jp" } });
    const taxed = toScenario({ ...SMALL_WEB_APP.state, consumptionTax: "yes", jpyPerUsd: "150" }).input;
    expect(taxed).toMatchObject({ reporting: { jpyPerUsd: 150, consumptionTax: true } });
  });
});
