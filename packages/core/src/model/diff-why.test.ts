import { describe, expect, it } from "vitest";
import { renderMessage } from "../messages/english";
import { embeddedPriceBook } from "../snapshot/embedded";
import { diffWhy, diffWhyMessages } from "./diff-why";
import { modelBills } from "./model-bills";
import { diffResults } from "./result-diff";

// Fargate Linux/x86 in us-east-1 (embedded snapshot): $0.04048 per vCPU-hour, $0.004445 per GB-hour.
const book = embeddedPriceBook();
const bills = (services: object[]) => modelBills({ region: "us-east-1", services }, book).comparison;
const web = (taskCount: number, extra: object = {}) => ({ name: "web", taskCount, vcpu: 0.5, memoryGib: 1, ...extra });

describe("diff 'why' as codes (issue 12 item 5: faces word it; the English is rendered from the codes)", () => {
  it("web 2 → 4 tasks: one cause (DIFF_BY_CAUSE_1, +$36.0401 exact) and the two Fargate lines with their quantities", () => {
    // 2 more tasks × 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 29.5504 + 6.4897 = $36.0401, all a quantity effect
    const diff = diffResults(bills([web(2)]), bills([web(4)])).patterns.find((p) => p.id === "ecs-fargate");
    if (!diff) throw new Error("no ecs-fargate diff");
    const why = diffWhyMessages(diff);
    expect(why.map((m) => m.code)).toEqual(["DIFF_BY_CAUSE_1", "DIFF_LARGEST_LINE", "DIFF_LARGEST_LINE"]);
    expect(why[0]?.params).toEqual({ cause1: "DIFF_CAUSE_QUANTITY", quantityUsd: "36.0401" });
    expect(why[1]?.params).toMatchObject({
      lineReason: "DIFF_LINE_QUANTITY",
      baseQuantity: "730",
      proposedQuantity: "1460",
      lineDeltaUsd: "29.5504",
    });
    // the English the CLI and the diff JSON print is these codes rendered — unchanged from the sentences before codes
    expect(why.map(renderMessage)).toEqual(diffWhy(diff));
    expect(diffWhy(diff)[1]).toBe("+$29.55/month web: Fargate vCPU (Linux/x86): quantity 730 → 1460 vCPU-hour");
  });

  it("a proposal that rules a pattern out: the status change and the reason as a nested code, no lines", () => {
    // 3 vCPU is not a Fargate task size (1, 2, 4… vCPU; fargate/task-sizes.ts, AWS's task size table) → ecs-fargate ruled out
    const diff = diffResults(bills([web(2)]), bills([web(2, { vcpu: 3, memoryGib: 6 })])).patterns.find((p) => p.id === "ecs-fargate");
    if (!diff) throw new Error("no ecs-fargate diff");
    const why = diffWhyMessages(diff);
    expect(why[0]).toEqual({ code: "DIFF_STATUS", params: { baseStatus: "DIFF_STATUS_PRICED", proposedStatus: "DIFF_STATUS_RULED_OUT" } });
    expect(renderMessage(why[0] ?? { code: "DIFF_STATUS", params: {} })).toBe("status: priced → ruled-out");
    const reason = why.find((m) => m.code === "DIFF_PROPOSED_RULED_OUT");
    expect(reason && renderMessage(reason)).toBe(`proposed ruled out: ${diff.proposed?.ruledOutReasons[0]}`);
  });
});
