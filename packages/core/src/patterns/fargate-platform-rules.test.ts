import { renderMessage } from "../messages/english";
import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { CoreError } from "../errors";
import { embeddedPriceBook } from "../snapshot/embedded";

const book = embeddedPriceBook();
const pattern = (services: object[], id: string) =>
  estimateScenario({ region: "us-east-1", services } as never, book).patterns.find((p) => p.id === id)!;

describe("Fargate platform rules (issue 13)", () => {
  it("EKS on Fargate prices an arm64 pod at Linux/x86 rates with a note: ARM on Fargate is ECS-only (aws.amazon.com/fargate/pricing footnote 1; containers-roadmap#1629)", () => {
    const eks = pattern([{ name: "api", taskCount: 2, vcpu: 1, memoryGib: 2, architecture: "arm64" }], "eks-fargate");
    const vcpu = eks.lines.find((l) => l.id === "svc:api:eks-fargate-vcpu")!;
    expect(vcpu.rate.usage).toBe("fargate/on-demand/linux-x86/vcpu-hours");
    // pod 1 vCPU / 2 GB + 256 MB → 1 vCPU / 3 GB; 2 pods × 730 h × 1 vCPU × $0.04048 (S2) = $59.1008
    expect(vcpu.monthlyUsd.toFixed()).toBe("59.1008");
    expect(eks.notes.map(renderMessage).join(" ")).toMatch(/api: EKS on Fargate runs x86_64 pods only .* x86_64 or multi-arch image/);
  });

  it("ECS on Fargate keeps Graviton rates for the same service (linux-arm)", () => {
    const ecs = pattern([{ name: "api", taskCount: 2, vcpu: 1, memoryGib: 2, architecture: "arm64" }], "ecs-fargate");
    expect(ecs.lines.find((l) => l.id === "svc:api:ecs-fargate-vcpu")?.rate.usage).toBe("fargate/on-demand/linux-arm/vcpu-hours");
  });

  it("Windows on Fargate: no ephemeral storage above 20 GB is billed (fixed 20 GiB, not configurable: ECS guide 'Fargate task ephemeral storage'), with a note", () => {
    const win = pattern([{ name: "win", taskCount: 1, vcpu: 1, memoryGib: 2, os: "windows", ephemeralStorageGib: 50 }], "ecs-fargate");
    const linux = pattern([{ name: "lin", taskCount: 1, vcpu: 1, memoryGib: 2, ephemeralStorageGib: 50 }], "ecs-fargate");
    expect(win.lines.some((l) => l.id.endsWith("-ephemeral"))).toBe(false);
    expect(win.notes.map(renderMessage).join(" ")).toMatch(/fixed 20 GiB of ephemeral storage .* 50 GiB asked for is not billed/);
    // Linux: 30 GB above the included 20 GB × 730 h × $0.000111/GB-hour (S2) = $2.4309
    expect(linux.lines.find((l) => l.id.endsWith("-ephemeral"))?.monthlyUsd.toFixed()).toBe("2.4309");
  });

  it("Windows + arm64 is bad input naming the field (no Windows on Arm on AWS)", () => {
    const attempt = () =>
      pattern([{ name: "w", taskCount: 1, vcpu: 1, memoryGib: 2, os: "windows", architecture: "arm64" }], "ecs-fargate");
    expect(attempt).toThrow(CoreError);
    try {
      attempt();
    } catch (error) {
      expect([(error as CoreError).code, (error as CoreError).field, (error as CoreError).allowed]).toEqual([
        "INVALID_OPTION",
        "services[0].architecture",
        ["x86_64"],
      ]);
    }
  });

  it("ECS on Fargate prices the valid 16 vCPU / 120 GB task (S12/S26) and a 32 vCPU / 244 GB Linux task (S15)", () => {
    expect(pattern([{ name: "big", taskCount: 1, vcpu: 16, memoryGib: 120 }], "ecs-fargate").status).not.toBe("ruled-out");
    expect(pattern([{ name: "big", taskCount: 1, vcpu: 32, memoryGib: 244 }], "ecs-fargate").status).not.toBe("ruled-out");
  });
});
