import { PATTERN_IDS } from "@repo/core";
import { describe, expect, it } from "vitest";
import { cellOfKey, decodeOpsHours, encodeOpsHours, OPS_HOURS_CELLS, withOpsHoursCell } from "./ops-hours";
import { opsHoursFromV2 } from "./ops-hours-v2";

describe("ops-hours URL value (v3: keyed by pattern id)", () => {
  it("one cell per core pattern × the six recurring activities (no pattern count assumed)", () => {
    expect(OPS_HOURS_CELLS).toHaveLength(PATTERN_IDS.length * 6);
    expect(new Set(OPS_HOURS_CELLS.map((cell) => cell.pattern))).toEqual(new Set(PATTERN_IDS));
  });

  it("set → encode → decode gives the typed text back, bad text included (shown beside its field)", () => {
    let text = withOpsHoursCell("", "eks-ec2", "incidents", "12.5");
    text = withOpsHoursCell(text, "ecs-fargate", "host-patching", "abc");
    // grid order: ECS on Fargate before EKS on EC2, whatever order the cells were typed in
    expect(text).toBe("ecs-fargate.host-patching:abc,eks-ec2.incidents:12.5");
    expect([...decodeOpsHours(text)]).toEqual([
      ["ecs-fargate.host-patching", "abc"],
      ["eks-ec2.incidents", "12.5"],
    ]);
  });

  it("clearing a cell removes it; an all-empty grid is the empty string", () => {
    const text = withOpsHoursCell("ecs-ec2.incidents:5", "ecs-ec2", "incidents", "");
    expect(text).toBe("");
  });

  it("the separators inside typed text are escaped, so a comma cannot split an entry", () => {
    const text = withOpsHoursCell("", "ecs-ec2", "incidents", "1,5%");
    expect(text).toBe("ecs-ec2.incidents:1%2C5%25");
    expect(decodeOpsHours(text).get("ecs-ec2.incidents")).toBe("1,5%");
  });

  it("a cell of a pattern this build does not know (e.g. a later pattern) survives the round trip, to be reported", () => {
    const text = "ecs-ec2.incidents:5,ecs-anywhere.incidents:3";
    expect(cellOfKey("ecs-anywhere.incidents")).toBeNull();
    expect(encodeOpsHours(decodeOpsHours(text))).toBe(text);
  });

  it("the two managed-node patterns added in issue 16 are known cells (links made before them stay valid: keyed by id)", () => {
    expect(cellOfKey("eks-auto-mode.incidents")).toEqual({ pattern: "eks-auto-mode", activity: "incidents" });
    expect(cellOfKey("ecs-managed-instances.host-patching")).toEqual({ pattern: "ecs-managed-instances", activity: "host-patching" });
  });
});

describe("v2 → v3 migration of the positional value", () => {
  it.each([
    // v2 was pattern-major over ecs-fargate, ecs-ec2, eks-fargate, eks-ec2 × 6 activities: position 1 =
    // ECS/Fargate add-on lifecycle, 6 = ECS/EC2 orchestrator upgrades, 23 = EKS/EC2 access & security.
    {
      label: "cells 1, 6 and 23",
      v2: ";2;;;;;5;;;;;;;;;;;;;;;;;1.5",
      v3: "ecs-fargate.add-on-lifecycle:2,ecs-ec2.orchestrator-upgrades:5,eks-ec2.access-security:1.5",
    },
    // position 12 = EKS/Fargate orchestrator upgrades, 18 = EKS/EC2 orchestrator upgrades; bad text kept as typed
    { label: "bad text kept", v2: ";;;;;;;;;;;;abc;;;;;;-1", v3: "eks-fargate.orchestrator-upgrades:abc,eks-ec2.orchestrator-upgrades:-1" },
    { label: "empty grid", v2: "", v3: "" },
    { label: "cells past the 24 of v2 were ignored then and are dropped now", v2: `${";".repeat(24)}9`, v3: "" },
  ])("$label", ({ v2, v3 }) => {
    expect(opsHoursFromV2(v2)).toBe(v3);
  });
});
