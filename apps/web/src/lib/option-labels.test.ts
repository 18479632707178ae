import { EC2_PURCHASE_OPTIONS, FARGATE_PURCHASE_CHOICES, PAYMENT_OPTIONS, SUPPORT_PLANS } from "@repo/core";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n";
import { optionLabels } from "./option-labels";

describe("select options in the page's language (issue 20 item 4)", () => {
  it("Japanese purchase options and payments use AWS Japan's terms (glossary-ja.csv); the values stay the scenario's ids", () => {
    expect(optionLabels("purchase", EC2_PURCHASE_OPTIONS, MESSAGES.ja)).toEqual([
      { value: "on-demand", label: "オンデマンド" },
      { value: "spot", label: "スポット" },
      { value: "reserved", label: "リザーブドインスタンス" },
      { value: "ec2-instance-savings-plan", label: "EC2 Instance Savings Plans" },
      { value: "compute-savings-plan", label: "Compute Savings Plans" },
    ]);
    expect(optionLabels("payment", PAYMENT_OPTIONS, MESSAGES.ja).map((o) => o.label)).toEqual(["前払いなし", "一部前払い", "全額前払い"]);
    expect(optionLabels("term", [1, 3], MESSAGES.ja)).toEqual([
      { value: "1", label: "1 年" },
      { value: "3", label: "3 年" },
    ]);
  });

  it("every option of the form's selects has a Japanese label that differs from the raw id (or is a kept product name)", () => {
    const groups: [string, readonly (string | number)[]][] = [
      ["purchase", [...EC2_PURCHASE_OPTIONS, ...FARGATE_PURCHASE_CHOICES]],
      ["payment", PAYMENT_OPTIONS],
      ["support", ["none", ...SUPPORT_PLANS]],
      ["eksSupport", ["standard", "extended"]],
      ["insights", ["off", "enhanced"]],
      ["spotNeed", ["none", "preferred", "required"]],
    ];
    for (const [group, values] of groups) {
      for (const option of optionLabels(group, values, MESSAGES.ja)) {
        expect(option.label, `${group}.${option.value}`).not.toBe(option.value);
      }
    }
  });

  it("English reads as words, not ids", () => {
    expect(optionLabels("payment", ["no-upfront"], MESSAGES.en)).toEqual([{ value: "no-upfront", label: "No Upfront" }]);
  });
});
