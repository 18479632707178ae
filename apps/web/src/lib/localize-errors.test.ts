import { describe, expect, it } from "vitest";
import { SMALL_WEB_APP } from "./presets";
import { localizeErrors } from "./localize-errors";
import { toScenario } from "./to-scenario";

describe("error messages per locale", () => {
  it("English is returned unchanged (same object)", () => {
    const errors = { natCount: "required" };
    expect(localizeErrors(errors, "en")).toBe(errors);
  });

  it.each([
    { label: "not a number keeps what was typed", message: '"lots" must be a number', expected: "「lots」は数値ではありません" },
    { label: "required", message: "required", expected: "入力してください" },
    { label: "unknown region lists the regions", message: 'no prices for "mars-1" (allowed: us-east-1)', expected: "「mars-1」の価格はスナップショットにありません(選択可能: us-east-1)" },
    { label: "core rule wording stays as the core wrote it", message: "0.3 vCPU is not a Fargate task size", expected: "0.3 vCPU is not a Fargate task size" },
  ])("ja: $label", ({ message, expected }) => {
    expect(localizeErrors({ field: message }, "ja")).toEqual({ field: expected });
  });

  it("every web-side message toScenario produces has a Japanese form", () => {
    const { errors } = toScenario({ ...SMALL_WEB_APP.state, natCount: "lots", albCount: "", jpyPerUsd: "0", opsRateUsdPerHour: "abc" });
    const ja = localizeErrors(errors, "ja");
    for (const message of Object.values(ja)) expect(message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
