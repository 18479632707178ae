import { embeddedPriceBook, estimateScenario, parseDecimal, sumDecimals, toDecimalString } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { PRESETS, SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();

describe("buildView (the calculation behind the page)", () => {
  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))("$label: every pattern total is the core's, to the last digit", ({ preset }) => {
    const { view, errors } = buildView(preset.state, book);
    expect(errors).toEqual({});
    const core = estimateScenario(toScenario(preset.state).input, book);
    expect(view?.patterns.map((p) => p.monthlyUsd)).toEqual(core.patterns.map((p) => (p.monthlyUsd ? toDecimalString(p.monthlyUsd) : null)));
  });

  it("category subtotals add up exactly to the pattern total (every total is a sum of lines)", () => {
    const { view } = buildView(SMALL_WEB_APP.state, book);
    for (const pattern of view?.patterns ?? []) {
      const sum = sumDecimals(Object.values(pattern.byCategory).map((value) => parseDecimal(value)));
      expect(toDecimalString(sum)).toBe(pattern.monthlyUsd);
    }
  });

  it("the view is plain JSON (it crosses from server to browser unchanged)", () => {
    const { view } = buildView(SMALL_WEB_APP.state, book);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it.each([
    { label: "an unknown region names the region field and the priced regions", patch: { region: "xx-east-9" }, field: "region", message: /us-east-1/ },
    { label: "0.3 vCPU is not a Fargate size: the core's rule, on the vCPU cell", patch: { services: [{ ...SMALL_WEB_APP.state.services[0]!, vcpu: "0.3" }] }, field: "services[0].vcpu", message: /not a Fargate task size/ },
    { label: "an unknown instance type on its field", patch: { instanceType: "m9z.huge" }, field: "instanceType", message: /not in the instance catalog/ },
  ])("$label", ({ patch, field, message }) => {
    const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book);
    expect(view).toBeNull();
    expect(errors[field]).toMatch(message);
    expect(errors[field]).not.toMatch(/\[core\]/);
  });
});
