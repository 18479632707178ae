import { describe, expect, it } from "vitest";
import { renderCoreMessage } from "../core-messages";

describe("diff 'why' codes in Japanese", () => {
  it("two causes: each cause's own signed amount, joined with 、 (quantity +$36.04, removed lines -$0.25)", () => {
    const why = {
      code: "DIFF_BY_CAUSE_2",
      params: { cause1: "DIFF_CAUSE_QUANTITY", quantityUsd: "36.0401", cause2: "DIFF_CAUSE_REMOVED", removedUsd: "-0.25" },
    };
    expect(renderCoreMessage(why, "ja")).toBe("要因別 (月額): 数量の変化 +$36.04、削除された明細 -$0.25");
    expect(renderCoreMessage(why, "en")).toBe("by cause: quantity changes +$36.04, removed lines -$0.25 a month");
  });

  it("a status change names both statuses as the page's status labels do (算出済み → 対象外)", () => {
    const why = { code: "DIFF_STATUS", params: { baseStatus: "DIFF_STATUS_PRICED", proposedStatus: "DIFF_STATUS_RULED_OUT" } };
    expect(renderCoreMessage(why, "ja")).toBe("状態: 算出済み → 対象外");
  });
});
