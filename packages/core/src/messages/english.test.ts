import { describe, expect, it } from "vitest";
import { modelScenario } from "../model/model-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";
import { ENGLISH_TEMPLATES, MESSAGE_CODES, renderMessage } from "./english";
import { fillTemplate } from "./message";

const book = embeddedPriceBook();

describe("messages as codes + parameters (issue 12)", () => {
  it("fills placeholders from parameters and leaves a missing one visible", () => {
    expect(fillTemplate("{a} costs {b}", { a: "X", b: "$1.00" })).toBe("X costs $1.00");
    expect(fillTemplate("{a} and {missing}", { a: 1 })).toBe("1 and {missing}");
  });

  it("every code has exactly one English template, and the list of codes is that table's keys", () => {
    expect(MESSAGE_CODES).toEqual(Object.keys(ENGLISH_TEMPLATES));
    expect(new Set(MESSAGE_CODES).size).toBe(MESSAGE_CODES.length);
  });

  it("a privileged, Windows, GPU workload: every constraint reason and every ruled-out reason is the English rendering of its code", () => {
    const result = modelScenario(
      {
        region: "us-east-1",
        ec2: { instanceType: "g5.xlarge" },
        services: [
          { name: "legacy", taskCount: 1, vcpu: 2, memoryGib: 4, os: "windows" },
          { name: "ml", taskCount: 1, vcpu: 2, memoryGib: 8 },
        ],
        ops: { workload: { privileged: true, gpuServices: ["ml"] } },
      },
      book,
    );
    expect(result.constraints.map((c) => c.message.code)).toEqual([
      "CONSTRAINT_GPU",
      "CONSTRAINT_PRIVILEGED",
      "CONSTRAINT_WINDOWS",
      // issue 16: both managed-node patterns are Linux-only; Auto Mode's GPU and privileged caveats
      "CONSTRAINT_WINDOWS_MANAGED_NODES",
      "CONSTRAINT_AUTO_MODE_GPU_NODE_POOL",
      "CONSTRAINT_AUTO_MODE_PRIVILEGED",
    ]);
    for (const c of result.constraints) expect(c.reason).toBe(renderMessage(c.message));
    const ecsFargate = result.patterns[0]!.bill;
    expect(ecsFargate.status).toBe("ruled-out");
    expect(ecsFargate.ruledOutReasons).toEqual(ecsFargate.reasons.map(renderMessage));
    // the constraint's reason with its sources (F22, F24 = ops-effort.md), its own code kept for translation
    expect(ecsFargate.reasons[0]).toMatchObject({
      code: "RULED_OUT_BY_CONSTRAINT",
      params: { constraint: "CONSTRAINT_GPU", services: "ml", sources: "F22, F24" },
    });
    expect(ecsFargate.ruledOutReasons[0]).toBe("ml need GPUs; Fargate has none [F22, F24]");
    const eksFargate = result.patterns[2]!.bill;
    expect(eksFargate.reasons[0]).toEqual({ code: "RULED_OUT_EKS_FARGATE_WINDOWS", params: { service: "legacy" } });
  });
});
