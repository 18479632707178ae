import { analyzeScenario, embeddedPriceBook, estimateScenario, parseDecimal, sumDecimals, toAnalysisJson, toDecimalString } from "@repo/core";
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

  it("category subtotals (ops included) add up exactly to the pattern's headline TCO; without ops, to the AWS total", () => {
    const { view } = buildView(SMALL_WEB_APP.state, book);
    for (const pattern of view?.patterns ?? []) {
      const sum = sumDecimals(Object.values(pattern.byCategory).map((value) => parseDecimal(value)));
      expect(toDecimalString(sum)).toBe(pattern.tco?.monthlyUsd.typical);
      const aws = Object.entries(pattern.byCategory).filter(([category]) => category !== "ops").map(([, value]) => parseDecimal(value));
      expect(toDecimalString(sumDecimals(aws))).toBe(pattern.monthlyUsd);
    }
  });

  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))("$label: TCO, ops and the recommendation are the core's analyzeScenario figures", ({ preset }) => {
    const { view } = buildView(preset.state, book, { withAnalysis: true });
    const core = toAnalysisJson(analyzeScenario(toScenario(preset.state).input, book));
    for (const tco of core.tco.patterns) {
      const pattern = view?.patterns.find((p) => p.id === tco.id);
      expect(pattern?.tco?.monthlyUsd ?? null).toEqual(tco.monthlyUsd);
      expect(pattern?.tco?.threeYearUsd ?? null).toEqual(tco.threeYearUsd);
      expect(pattern?.tco?.opsHoursPerMonth ?? null).toEqual(core.ops[tco.id]?.hoursPerMonth ?? null);
    }
    expect(view?.recommendation?.patternId).toBe(core.recommendation.pattern);
    expect(view?.recommendation?.reasons).toEqual(core.recommendation.reasons);
    expect(view?.recommendation?.wouldChange).toEqual(core.recommendation.wouldChange);
    expect(view?.analysis?.crossings.length).toBe(core.breakEven.pairs.flatMap((p) => p.crossings).length);
  });

  it("without the deferred analysis, the recommendation is already the core's pick (only the break-even reasons wait)", () => {
    const fast = buildView(SMALL_WEB_APP.state, book).view;
    const full = buildView(SMALL_WEB_APP.state, book, { withAnalysis: true }).view;
    expect(fast?.analysis).toBeNull();
    expect(fast?.recommendation?.patternId).toBe(full?.recommendation?.patternId);
    expect(fast?.recommendation?.reasons).toEqual(full?.recommendation?.reasons);
    expect(fast?.recommendation?.wouldChange.some((text) => text.startsWith("nothing in the searched ranges"))).toBe(false);
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
