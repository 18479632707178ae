import {
  embeddedPriceBook,
  modelScenario,
  parseDecimal,
  reviewCsv,
  sumDecimals,
  toAnalysisJson,
  toDecimalString,
  toExportJson,
  toModelJson,
} from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { renderFieldIssues } from "./error-messages";
import { PRESETS, SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();

describe("buildView (the calculation behind the page)", () => {
  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))(
    "$label: every pattern total is the core's, to the last digit",
    ({ preset }) => {
      const { view, errors } = buildView(preset.state, book);
      expect(errors).toEqual({});
      const core = modelScenario(toScenario(preset.state).input, book, { scale: false }).comparison;
      expect(view?.patterns.map((p) => p.monthlyUsd)).toEqual(
        core.patterns.map((p) => (p.monthlyUsd ? toDecimalString(p.monthlyUsd) : null)),
      );
    },
  );

  it("category subtotals (ops included) add up exactly to the pattern's headline TCO; without ops, to the AWS total", () => {
    const { view } = buildView(SMALL_WEB_APP.state, book);
    for (const pattern of view?.patterns ?? []) {
      const sum = sumDecimals(Object.values(pattern.byCategory).map((value) => parseDecimal(value)));
      expect(toDecimalString(sum)).toBe(pattern.tco.monthlyUsd?.typical);
      const aws = Object.entries(pattern.byCategory)
        .filter(([category]) => category !== "ops")
        .map(([, value]) => parseDecimal(value));
      expect(toDecimalString(sumDecimals(aws))).toBe(pattern.monthlyUsd);
    }
  });

  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))(
    "$label: TCO, ops and the recommendation are the core's modelScenario figures",
    ({ preset }) => {
      const { view } = buildView(preset.state, book, { withAnalysis: true });
      const core = toAnalysisJson(modelScenario(toScenario(preset.state).input, book));
      for (const tco of core.tco.patterns) {
        const pattern = view?.patterns.find((p) => p.id === tco.id);
        expect(pattern?.tco.monthlyUsd ?? null).toEqual(tco.monthlyUsd);
        expect(pattern?.tco.threeYearUsd ?? null).toEqual(tco.threeYearUsd);
        expect(pattern?.ops?.hoursPerMonth ?? null).toEqual(core.ops[tco.id]?.hoursPerMonth ?? null);
      }
      // the view carries the core's JSON verbatim: the recommendation, break-evens and curves are the core's
      expect(view?.json.recommendation).toEqual(core.recommendation);
      expect(view?.json.breakEven).toEqual(core.breakEven);
      expect(view?.json.curves).toEqual(core.curves);
    },
  );

  it("the per-keystroke view is the same result without the break-even search: same totals, TCO and pick; no curves or CSV yet", () => {
    const fast = buildView(SMALL_WEB_APP.state, book).view;
    const full = buildView(SMALL_WEB_APP.state, book, { withAnalysis: true }).view;
    expect(fast?.isComplete).toBe(false);
    expect(full?.isComplete).toBe(true);
    expect(fast?.patterns).toEqual(full?.patterns);
    expect(fast?.json.recommendation.pattern).toBe(full?.json.recommendation.pattern);
    expect(fast?.json.recommendation.reasons).toEqual(full?.json.recommendation.reasons);
    expect(fast?.json.curves).toEqual([]);
    // 20 points k × 10 ÷ 20 (the core's default maxScaleMultiplier 10)
    expect(full?.json.curves).toHaveLength(20);
    // the review CSV is the full run's (web-exports.ts: the button waits for it), never built per keystroke
    expect(fast?.csv).toBeNull();
    expect(full?.csv?.rows.length).toBeGreaterThan(0);
  });

  it("the exports are the core's own: JSON = toExportJson (the CLI's estimate JSON + input), CSV = reviewCsv", () => {
    const { view } = buildView(SMALL_WEB_APP.state, book, { withAnalysis: true });
    const core = modelScenario(toScenario(SMALL_WEB_APP.state).input, book);
    expect(view?.json).toEqual(toExportJson(core));
    const { format: _format, input: _input, ...model } = view?.json ?? { format: "", input: null };
    expect(model, "apart from format and input, the CLI's estimate JSON").toEqual(toModelJson(core));
    expect(view?.csv).toEqual(reviewCsv(core));
  });

  it("3 vCPU / 1 GB (no Fargate size; fine on EC2: 0.25–192 vCPU) rules ECS on Fargate out with the reason, the EC2 patterns stay priced", () => {
    const [web, api] = SMALL_WEB_APP.state.services;
    const { view, errors } = buildView({ ...SMALL_WEB_APP.state, services: [{ ...web!, vcpu: "3", memoryGib: "1" }, api!] }, book);
    expect(errors).toEqual({});
    const status = Object.fromEntries(view?.patterns.map((p) => [p.id, p.status]) ?? []);
    expect(status).toMatchObject({ "ecs-fargate": "ruled-out", "ecs-ec2": "priced", "eks-ec2": "priced" });
    expect(view?.patterns.find((p) => p.id === "ecs-fargate")?.reasons.map((r) => r.code)).toEqual(["RULED_OUT_FARGATE_VCPU_NOT_A_SIZE"]);
  });

  it("a row with text for its task count is left out; the other service is priced alone, the same as a scenario of it only", () => {
    const [web, api] = SMALL_WEB_APP.state.services;
    const partial = buildView({ ...SMALL_WEB_APP.state, services: [{ ...web!, count: "lots" }, api!] }, book);
    const apiOnly = buildView({ ...SMALL_WEB_APP.state, services: [api!] }, book);
    expect(partial.excludedRows).toEqual([0]);
    expect(renderFieldIssues(partial.errors, "en")["services[0].count"]).toMatch(/must be a number/);
    expect(partial.view?.patterns.map((p) => p.monthlyUsd)).toEqual(apiOnly.view?.patterns.map((p) => p.monthlyUsd));
  });

  it("a core error on one row (an unknown region aside) is mapped to that form row and the row left out", () => {
    const [web, api] = SMALL_WEB_APP.state.services;
    // Two rows named alike: the core's schema refuses the second (services[1].name); the first stays priced.
    const { view, excludedRows, errors } = buildView({ ...SMALL_WEB_APP.state, services: [web!, { ...api!, name: "web" }] }, book);
    expect(excludedRows).toEqual([1]);
    expect(errors["services[1].name"]).toBeDefined();
    expect(view?.json.input.services.map((s) => s.name)).toEqual(["web"]);
  });

  it("the view is plain JSON (it crosses from server to browser unchanged)", () => {
    const { view } = buildView(SMALL_WEB_APP.state, book);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it.each([
    {
      label: "an unknown region names the region field and the priced regions",
      patch: { region: "xx-east-9" },
      field: "region",
      message: /us-east-1/,
    },
    {
      label: "an unknown instance type on its field",
      patch: { instanceType: "m9z.huge" },
      field: "instanceType",
      message: /not in the instance catalog/,
    },
  ])("$label", ({ patch, field, message }) => {
    const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book);
    expect(view).toBeNull();
    expect(renderFieldIssues(errors, "en")[field]).toMatch(message);
    expect(renderFieldIssues(errors, "en")[field]).not.toMatch(/\[core\]/);
  });
});
