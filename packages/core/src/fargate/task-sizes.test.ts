import { describe, expect, it } from "vitest";
import { fargateSizes } from "./task-sizes";

// fargate_valid_task_sizes.csv (S12, S26, S15): 3 + 4 + 7 + 13 + 23 + 12 + 12 = 74 EKS/ECS sizes,
// plus 3 at 32 vCPU for ECS only.
describe("Fargate size table", () => {
  it("has 74 sizes for EKS pods (0.25 to 16 vCPU)", () => {
    expect(fargateSizes("eks")).toHaveLength(74);
  });
  it("has 77 sizes for ECS tasks: the same plus 32 vCPU with 60, 120 or 244 GB (S15, 2026-06-05)", () => {
    const ecs = fargateSizes("ecs");
    expect(ecs).toHaveLength(77);
    expect(ecs.filter((s) => s.cpuUnits === 32768).map((s) => s.memoryMib / 1024)).toEqual([60, 120, 244]);
  });
  it.each([
    { cpuUnits: 8192, gb: [16, 20, 60], why: "8 vCPU: 16–60 GB in 4 GB steps" },
    { cpuUnits: 16384, gb: [32, 40, 120], why: "16 vCPU: 32–120 GB in 8 GB steps" },
    { cpuUnits: 256, gb: [0.5, 1, 2], why: "0.25 vCPU: 0.5, 1 or 2 GB only" },
  ])("$why", ({ cpuUnits, gb }) => {
    const memoryGb = fargateSizes("ecs")
      .filter((s) => s.cpuUnits === cpuUnits)
      .map((s) => s.memoryMib / 1024);
    for (const value of gb) expect(memoryGb).toContain(value);
  });
  it("never offers 8 vCPU with 18 GB (not a multiple of 4 GB)", () => {
    expect(fargateSizes("ecs").some((s) => s.cpuUnits === 8192 && s.memoryMib === 18 * 1024)).toBe(false);
  });
});
