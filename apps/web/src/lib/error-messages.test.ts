import { describe, expect, it } from "vitest";
import { renderFieldIssue, renderFieldIssues } from "./error-messages";
import { FIELD_ERROR_CODES, type FieldIssue } from "./field-errors";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

const CASES: { label: string; issue: FieldIssue; en: string; ja: string }[] = [
  {
    label: "not a number keeps what was typed",
    issue: { code: "NOT_A_NUMBER", params: { text: "lots" } },
    en: '"lots" must be a number',
    ja: "「lots」は数値ではありません",
  },
  { label: "required", issue: { code: "REQUIRED", params: {} }, en: "required", ja: "入力してください" },
  {
    label: "unknown region lists the regions",
    issue: { code: "UNKNOWN_REGION", params: { region: "mars-1", allowed: "us-east-1" } },
    en: 'no prices for "mars-1" (allowed: us-east-1)',
    ja: "「mars-1」の価格はスナップショットにありません(選択可能: us-east-1)",
  },
  {
    label: "a core rule keeps the core's wording; its allowed values follow in the locale",
    issue: { code: "CORE_RULE", params: { text: "Invalid option", allowed: "low, typical, high" } },
    en: "Invalid option (allowed: low, typical, high)",
    ja: "Invalid option(選択可能: low, typical, high)",
  },
];

describe("error messages: codes rendered per locale (no English parsed)", () => {
  it.each(CASES)("$label", ({ issue, en, ja }) => {
    expect(renderFieldIssue(issue, "en")).toBe(en);
    expect(renderFieldIssue(issue, "ja")).toBe(ja);
  });

  it("every web-side code has a Japanese sentence (kana or kanji), and the form's errors come out as codes", () => {
    for (const code of FIELD_ERROR_CODES.filter((c) => c !== "CORE_RULE")) {
      expect(renderFieldIssue({ code, params: { text: "x", region: "x", key: "x", allowed: "x" } }, "ja"), code).toMatch(
        /[\u3040-\u30ff\u4e00-\u9fff]/,
      );
    }
    const { errors } = toScenario({ ...SMALL_WEB_APP.state, natCount: "lots", albCount: "", jpyPerUsd: "0", opsRateUsdPerHour: "abc" });
    expect(Object.fromEntries(Object.entries(errors).map(([field, issue]) => [field, issue.code]))).toEqual({
      natCount: "NOT_A_NUMBER",
      albCount: "REQUIRED",
      jpyPerUsd: "MUST_BE_ABOVE_ZERO",
      opsRateUsdPerHour: "NOT_A_NUMBER",
    });
    expect(renderFieldIssues(errors, "ja").natCount).toBe("「lots」は数値ではありません");
  });

  it("a select's 'expected one of' names the options as the select does in Japanese; English keeps its ids (unchanged)", () => {
    const services = SMALL_WEB_APP.state.services.map((row, index) => (index === 0 ? { ...row, os: "solaris" } : row));
    const { errors } = toScenario({ ...SMALL_WEB_APP.state, purchaseOption: "bogus", services });
    const ja = renderFieldIssues(errors, "ja");
    // the EC2 purchase options in the form's order (scenario schema), labelled as option-labels.ts (glossary-ja.csv)
    expect(ja.purchaseOption).toBe(
      "選択できない値です。次のいずれかを指定してください: オンデマンド、スポット、リザーブドインスタンス、EC2 Instance Savings Plans、Compute Savings Plans",
    );
    expect(ja["services[0].os"]).toBe("選択できない値です。次のいずれかを指定してください: Linux、Windows");
    expect(renderFieldIssues(errors, "en").purchaseOption).toBe(
      "choose one of: on-demand, spot, reserved, ec2-instance-savings-plan, compute-savings-plan",
    );
  });
});
