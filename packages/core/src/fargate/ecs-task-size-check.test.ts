import { describe, expect, it } from "vitest";
import { embeddedPriceBook } from "../snapshot/embedded";
import { modelScenario } from "../model/model-scenario";
import { BYTES_PER_GIB } from "../units/data-size";
import { renderMessage } from "../messages/english";
import { ecsTaskSizeProblem } from "./ecs-task-size-check";

const gib = (value: number) => value * BYTES_PER_GIB;

describe("a task-level size Fargate lacks is a reason, not an input error (issue 20 item 3)", () => {
  it("3 vCPU is no Fargate size: the reason lists the sizes (S26 table: 0.25 … 16, and 32 on ECS: S15)", () => {
    const problem = ecsTaskSizeProblem(3000, gib(1), "batch");
    expect(problem).toMatchObject({
      code: "RULED_OUT_FARGATE_VCPU_NOT_A_SIZE",
      params: { service: "batch", vcpu: "3", allowedVcpu: "0.25, 0.5, 1, 2, 4, 8, 16, 32" },
    });
    // the nearest sizes nested (fargate/nearest-size.ts): 3 vCPU lies between 2 (4–16 GB) and 4 (8–30 GB)
    expect(problem && renderMessage(problem)).toBe(
      "batch: 3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB) (sizes: 0.25, 0.5, 1, 2, 4, 8, 16, 32 vCPU); ECS on Fargate refuses the task definition",
    );
  });

  it("0.5 vCPU / 5 GB: 0.5 vCPU allows 1–4 GB (S26)", () => {
    expect(ecsTaskSizeProblem(500, gib(5), "web")?.params).toMatchObject({
      service: "web",
      vcpu: "0.5",
      memoryGb: "5",
      allowedGb: "1, 2, 3, 4",
    });
  });

  it.each([
    [250, 0.5],
    [500, 1],
    [4000, 30],
    [8000, 16],
    [32000, 244],
  ])("%i millicores / %s GB is a size: no problem", (millicores, memoryGb) => {
    expect(ecsTaskSizeProblem(millicores, gib(memoryGb), "ok")).toBeUndefined();
  });

  it("3 vCPU / 1 GB in a model run: ECS on Fargate ruled out with the reason, both EC2 patterns priced, no CoreError", () => {
    const result = modelScenario(
      { region: "us-east-1", services: [{ name: "batch", taskCount: 2, vcpu: 3, memoryGib: 1 }] },
      embeddedPriceBook(),
      { scale: false },
    );
    const status = Object.fromEntries(result.patterns.map((p) => [p.descriptor.id, p.bill.status]));
    expect(status["ecs-fargate"]).toBe("ruled-out");
    expect(result.patterns.find((p) => p.descriptor.id === "ecs-fargate")?.bill.reasons.map((r) => r.code)).toEqual([
      "RULED_OUT_FARGATE_VCPU_NOT_A_SIZE",
    ]);
    expect(status["ecs-ec2"]).toBe("priced");
    expect(status["eks-ec2"]).toBe("priced");
    // EKS on Fargate rounds a pod up to the next size (3 vCPU / 1.25 GB → 4 vCPU / 8 GB, S12), so it stays priced.
    expect(status["eks-fargate"]).toBe("priced");
  });
});
