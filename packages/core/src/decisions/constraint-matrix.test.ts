import { describe, expect, it } from "vitest";
import { modelScenario } from "../model/model-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";
import { MATRIX_ROW_IDS, MATRIX_ROW_OF_RULE, triggeredMatrixCells } from "./constraint-matrix";

describe("constraint rule → trade-off matrix row (declared in core, issue 12 item 2)", () => {
  it("every rule names a row that exists in TRADE_OFF_MATRIX", () => {
    for (const [rule, row] of Object.entries(MATRIX_ROW_OF_RULE)) expect(MATRIX_ROW_IDS, rule).toContain(row);
  });

  it("privileged containers touch the os-access row on both Fargate patterns (Fargate cannot run them, domain.md)", () => {
    const result = modelScenario(
      {
        region: "us-east-1",
        services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }],
        ops: { workload: { privileged: true } },
      },
      embeddedPriceBook(),
      { scale: false },
    );
    const cells = triggeredMatrixCells(result.constraints);
    expect(cells["os-access"]).toEqual(expect.arrayContaining(["ecs-fargate", "eks-fargate"]));
    expect(new Set(cells["os-access"]).size).toBe(cells["os-access"]?.length);
    expect(triggeredMatrixCells([])).toEqual({});
  });
});
