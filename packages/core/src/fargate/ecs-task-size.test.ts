import { describe, expect, it } from "vitest";
import { CoreError } from "../errors";
import { BYTES_PER_GIB } from "../units/data-size";
import { validateEcsTaskSize } from "./ecs-task-size";

const gib = (value: number) => value * BYTES_PER_GIB;

describe("ECS on Fargate task sizes must be valid pairs (no rounding)", () => {
  it.each([
    { label: "0.25 vCPU / 0.5 GB, the smallest", millicores: 250, memory: gib(0.5), cpuUnits: 256 },
    { label: "4 vCPU / 30 GB, the largest 4 vCPU option", millicores: 4000, memory: gib(30), cpuUnits: 4096 },
    { label: "32 vCPU / 244 GB (ECS only, S15)", millicores: 32000, memory: gib(244), cpuUnits: 32768 },
  ])("accepts $label", ({ millicores, memory, cpuUnits }) => {
    expect(validateEcsTaskSize(millicores, memory, "services[0]").cpuUnits).toBe(cpuUnits);
  });

  it("rejects 1 vCPU / 9 GB and lists the valid memory values for 1 vCPU (2–8 GB)", () => {
    let error: unknown;
    try {
      validateEcsTaskSize(1000, gib(9), "services[2]");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CoreError);
    const coreError = error as CoreError;
    expect(coreError.code).toBe("INVALID_FARGATE_SIZE");
    expect(coreError.field).toBe("services[2].memoryGib");
    expect(coreError.allowed).toEqual(["2", "3", "4", "5", "6", "7", "8"]);
    expect(coreError.message).toContain("9 GB is not valid with 1 vCPU");
  });

  it("rejects 0.3 vCPU and lists the valid vCPU values", () => {
    expect(() => validateEcsTaskSize(300, gib(1), "services[0]")).toThrow(
      /INVALID_FARGATE_SIZE.*services\[0\]\.vcpu.*allowed: 0\.25, 0\.5, 1, 2, 4, 8, 16, 32/,
    );
  });
});
