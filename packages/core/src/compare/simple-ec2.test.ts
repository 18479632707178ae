import { describe, expect, it } from "vitest";
import { lineUsd, pattern, usEast1 } from "./test-helpers";

// Instance specs from ec2_instance_specs.csv (S27, S29), prices from the Karpenter list (S5), gp3 $0.08 (S14).
describe("EC2 data plane (user-chosen type)", () => {
  it("10 tasks × 1 vCPU / 2 GiB on m6i.xlarge: 4000m − 300m of default agents = 3 tasks a node → 4 nodes × 730 h × $0.192 = $560.64", () => {
    const c = usEast1([{ name: "web", taskCount: 10, vcpu: 1, memoryGib: 2 }], { ec2: { instanceType: "m6i.xlarge" } });
    expect(lineUsd(c, "ecs-ec2", "ecs-ec2:x86_64/linux:instances")).toBe("560.64");
    // 4 root volumes × 30 GiB × $0.08 = $9.60
    expect(lineUsd(c, "ecs-ec2", "ecs-ec2:x86_64/linux:root-volumes")).toBe("9.6");
  });

  it("without per-node agents all 4 vCPU are allocatable on ECS: ⌈10 / 4⌉ = 3 nodes × 730 × $0.192 = $420.48", () => {
    const c = usEast1([{ name: "web", taskCount: 10, vcpu: 1, memoryGib: 2 }], { ec2: { instanceType: "m6i.xlarge", daemonSets: [] } });
    expect(lineUsd(c, "ecs-ec2", "ecs-ec2:x86_64/linux:instances")).toBe("420.48");
  });

  it("a fixed node count is used as given (and flagged when too small)", () => {
    const c = usEast1([{ name: "web", taskCount: 10, vcpu: 1, memoryGib: 2 }], { ec2: { instanceType: "m6i.xlarge", nodeCount: 2 } });
    const ecs = pattern(c, "ecs-ec2");
    expect(ecs.nodePlans[0]?.nodeCount).toBe(2);
    expect(
      ecs.notes.some((n) => n.code === "NOTE_EC2_NODE_COUNT_BELOW_NEEDED" && n.params.nodesNeeded === 4 && n.params.nodeCount === 2),
    ).toBe(true);
  });

  it("an instance type of the wrong architecture is an INVALID_OPTION error", () => {
    expect(() =>
      usEast1([{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2, architecture: "arm64" }], { ec2: { instanceType: "m6i.xlarge" } }),
    ).toThrow(/INVALID_OPTION.*ec2\.instanceType/);
  });
});
