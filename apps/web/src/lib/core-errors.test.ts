import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { renderFieldIssues } from "./error-messages";
import { SMALL_WEB_APP } from "./presets";
import type { ServiceRow } from "./service-row";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();
const withWeb = (patch: Partial<ServiceRow>) => {
  const [web, ...rest] = SMALL_WEB_APP.state.services;
  if (!web) throw new Error("preset has no service");
  return { ...SMALL_WEB_APP.state, services: [{ ...web, ...patch }, ...rest] };
};

// The core's coded errors as the form shows them (issue 20 item 3): what is allowed and what was typed,
// in the user's language; the field's label and the service's name stand beside it (results.tsx, fieldLabel).
describe("core errors in the form, per locale (from codes, no English parsed)", () => {
  it.each([
    {
      label: "a negative task count: the range with a thousands separator (limits.ts taskCount 0–5000)",
      patch: { count: "-1" },
      field: "services[0].count",
      en: "must be a whole number from 0 to 5,000 (got -1)",
      ja: "-1 は範囲外です。0～5,000 の整数で指定してください",
    },
    {
      label: "hours above the 730-hour month",
      patch: { scheduleA: "800" },
      field: "services[0].scheduleA",
      en: "must be more than 0 and at most 730 (got 800)",
      ja: "800 は範囲外です。0 より大きく 730 以下で指定してください",
    },
    {
      label: "an architecture outside the list names the options",
      patch: { arch: "sparc" },
      field: "services[0].arch",
      en: "choose one of: x86_64, arm64",
      ja: '選択できない値です。次のいずれかを指定してください: "x86_64"|"arm64"',
    },
  ])("$label", ({ patch, field, en, ja }) => {
    const { errors } = toScenario(withWeb(patch));
    expect(errors[field]?.core).toBeDefined();
    expect(renderFieldIssues(errors, "en")[field]).toBe(en);
    expect(renderFieldIssues(errors, "ja")[field]).toBe(ja);
  });

  it("Fargate 3 vCPU is not a size: the nearest sizes are named, in English and Japanese (task-size table S26)", () => {
    const { view, errors } = buildView(withWeb({ vcpu: "3", memoryGib: "1" }), book);
    expect(view).toBeNull();
    const en = renderFieldIssues(errors, "en")["services[0].vcpu"];
    const ja = renderFieldIssues(errors, "ja")["services[0].vcpu"];
    expect(en).toBe(
      "3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB) (allowed: 0.25, 0.5, 1, 2, 4, 8, 16, 32)",
    );
    expect(ja).toBe(
      "Fargate のタスクサイズに 3 vCPU はありません。近いサイズ: 2 vCPU (4～16 GB) または 4 vCPU (8～30 GB)(選択可能: 0.25, 0.5, 1, 2, 4, 8, 16, 32)",
    );
  });

  it("a duplicate service name in Japanese names the service", () => {
    const [web] = SMALL_WEB_APP.state.services;
    if (!web) throw new Error("preset has no service");
    const { errors } = buildView({ ...SMALL_WEB_APP.state, services: [web, web] }, book);
    expect(renderFieldIssues(errors, "ja")["services[1].name"]).toBe(`サービス名「${web.name}」が重複しています。別の名前にしてください`);
  });

  it("'1e3' typed as a task count is read as 1000 (a spreadsheet's exponent form)", () => {
    const { input, errors } = toScenario(withWeb({ count: "1e3" }));
    expect(errors).toEqual({});
    expect(input?.services[0]?.taskCount).toBe(1000);
  });
});
