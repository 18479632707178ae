import { describe, expect, it } from "vitest";
import type { SnapshotDiff } from "@repo/pricing";
import { renderPricesDiff } from "./prices-diff";
import { progressLine } from "./prices-progress";

describe("renderPricesDiff", () => {
  it("shows old → new, the exact USD change and the percent rounded for display only", () => {
    const diff: SnapshotDiff = {
      old: { id: "a", asOf: "2022-11-01" },
      new: { id: "b", asOf: "2025-08-01" },
      // S1 → S2 Windows Fargate vCPU: 0.09148 → 0.046552, −0.044928 = −49.1123…%
      changed: [
        {
          region: "us-east-1",
          usage: "fargate/on-demand/windows-x86/vcpu-hours",
          unit: "vCPU-hour",
          oldPriceUsd: "0.09148",
          newPriceUsd: "0.046552",
          deltaUsd: "-0.044928",
          deltaPercent: "-49.11237428946217752514210756449497157849",
          oldAsOf: "2022-11-01",
          newAsOf: "2025-08-01",
        },
      ],
      added: [],
      removed: [],
      unchangedCount: 6,
    };
    expect(renderPricesDiff(diff)).toBe(
      [
        "a (as of 2022-11-01) → b (as of 2025-08-01): 1 changed, 0 added, 0 removed, 6 unchanged",
        "",
        "Changed",
        "",
        "Region     Usage                                     Unit       Old USD   New USD  Change USD   Change",
        "---------  ----------------------------------------  ---------  -------  --------  ----------  -------",
        "us-east-1  fargate/on-demand/windows-x86/vcpu-hours  vCPU-hour  0.09148  0.046552   -0.044928  -49.11%",
        "",
      ].join("\n"),
    );
  });
});

describe("progressLine", () => {
  it.each([
    { label: "start", completed: 0, total: 4, expected: "[--------] 0/4 x" },
    { label: "half way", completed: 2, total: 4, expected: "[####----] 2/4 x" },
    { label: "done", completed: 4, total: 4, expected: "[########] 4/4 x" },
  ])("$label → $expected", ({ completed, total, expected }) => {
    expect(progressLine({ completed, total, detail: "x" }, 8)).toBe(expected);
  });

  it("long details are cut to the terminal width", () => {
    expect(progressLine({ completed: 1, total: 2, detail: "y".repeat(200) }, 8, 40)).toHaveLength(40);
  });
});
