import { describe, expect, it } from "vitest";
import type { PatternId } from "../patterns/pattern";
import type { ScenarioInput } from "../scenario/scenario-schema";
import { runModel } from "./run-model";
import { book, oneService } from "./test-scenarios";

const statusOf = (input: ScenarioInput) => {
  const run = runModel(input, book);
  return Object.fromEntries(run.tco.map((t) => [t.patternId, t])) as Record<PatternId, (typeof run.tco)[number]>;
};

describe("constraints the workload triggers (one rule each)", () => {
  it.each([
    {
      label: "a GPU service rules out both Fargate patterns (F22, F24)",
      input: oneService(2, { ec2: { instanceType: "g5.xlarge" }, ops: { workload: { gpuServices: ["app"] } } }),
      out: ["ecs-fargate", "eks-fargate"],
      reason: /GPU/,
    },
    {
      label: "a GPU service on a node type without GPUs rules out the EC2 patterns too (never priced on the wrong hardware)",
      input: oneService(2, { ops: { workload: { gpuServices: ["app"] } } }),
      out: ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"],
      reason: /GPU/,
    },
    // One size table (fargate_valid_task_sizes.csv): ECS Linux has 32 vCPU / 60, 120, 244 GB (S15); EKS tops out at 16 vCPU / 120 GB after +256 MB (S12).
    {
      label: "20 vCPU / 64 GiB fits ECS Fargate's 32 vCPU / 120 GB size (S15) but no EKS pod size: EKS on Fargate only",
      input: {
        ...oneService(1),
        ec2: { instanceType: "m6i.8xlarge" },
        services: [{ name: "big", taskCount: 1, containers: [{ name: "c", cpu: 20, memory: "64Gi" }] }],
      },
      out: ["eks-fargate"],
      reason: /EKS Fargate's largest size/,
    },
    {
      label: "regression: exactly 16 vCPU / 120 GB is a valid ECS size; on EKS the +256 MB makes it 120.25 GB, which no pod size holds",
      input: {
        ...oneService(1),
        ec2: { instanceType: "r6i.8xlarge" },
        services: [{ name: "big", taskCount: 1, vcpu: 16, memoryGib: 120 }],
      },
      out: ["eks-fargate"],
      reason: /120\.25 GB incl\. 256 MB overhead, above EKS Fargate.s largest size/,
    },
    {
      label: "regression: 32 vCPU / 244 GB is a valid ECS Linux size (S15), EKS cannot run it",
      input: {
        ...oneService(1),
        ec2: { instanceType: "r6i.16xlarge" },
        services: [{ name: "big", taskCount: 1, vcpu: 32, memoryGib: 244 }],
      },
      out: ["eks-fargate"],
      reason: /EKS Fargate's largest size/,
    },
    {
      label: "40 vCPU is above every Fargate size: both Fargate patterns",
      input: {
        ...oneService(1),
        ec2: { instanceType: "m6i.16xlarge" },
        services: [{ name: "big", taskCount: 1, containers: [{ name: "c", cpu: 40, memory: "64Gi" }] }],
      },
      out: ["ecs-fargate", "eks-fargate"],
      reason: /above (EKS )?Fargate.s largest/,
    },
    {
      label: "privileged containers rule out both Fargate patterns (F22, F24)",
      input: oneService(2, { ops: { workload: { privileged: true } } }),
      out: ["ecs-fargate", "eks-fargate"],
      reason: /privileged/,
    },
    {
      label: "Windows rules out EKS on Fargate only (domain.md)",
      input: { ...oneService(1), services: [{ name: "win", taskCount: 1, vcpu: 1, memoryGib: 2, os: "windows" }] },
      out: ["eks-fargate"],
      reason: /Windows/,
    },
    {
      label: "required Spot rules out EKS on Fargate (Fargate Spot is ECS-only)",
      input: oneService(2, { ops: { workload: { spot: "required" } } }),
      out: ["eks-fargate"],
      reason: /Spot/,
    },
  ])("$label", ({ input, out, reason }) => {
    const byId = statusOf(input as ScenarioInput);
    for (const id of ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const) {
      const t = byId[id];
      if (out.includes(id)) {
        expect(t.status).toBe("ruled-out");
        expect(t.ruledOutReasons.join(" ")).toMatch(reason);
        expect([t.monthlyUsd, t.infraMonthlyUsd, t.ops]).toEqual([null, null, null]); // never priced
      } else {
        expect(t.status).not.toBe("ruled-out");
      }
    }
  });

  it.each([
    {
      label: "DaemonSets flag EKS on Fargate but keep it priced (F22)",
      ops: { workload: { daemonSets: true } },
      rule: "daemon-sets",
      note: /sidecars/,
    },
    {
      label: "preferred Spot flags EKS on Fargate: it stays on on-demand prices",
      ops: { workload: { spot: "preferred" as const } },
      rule: "spot-preferred",
      note: /on-demand/,
      // EKS Auto Mode's built-in NodePools are On-Demand only: Spot needs a custom NodePool (issue 16)
      also: [["spot-node-pool", "flags"]],
    },
  ])("$label", ({ ops, rule, note, ...rest }) => {
    const run = runModel(oneService(2, { ops }), book);
    const also: string[][] = "also" in rest && rest.also ? rest.also : [];
    expect(run.constraints.map((c) => [c.rule, c.effect])).toEqual([[rule, "flags"], ...also]);
    const eksFargate = run.comparison.patterns.find((p) => p.id === "eks-fargate")!;
    expect(eksFargate.status).toBe("priced");
    expect(eksFargate.notes.join(" ")).toMatch(note);
  });

  it("a workload with no special needs triggers nothing", () => {
    expect(runModel(oneService(2), book).constraints).toEqual([]);
  });

  it("an unknown GPU service name is an input error naming the field and the services", () => {
    expect(() => runModel(oneService(2, { ops: { workload: { gpuServices: ["nope"] } } }), book)).toThrow(
      /INVALID_OPTION.*ops\.workload\.gpuServices\[0\].*allowed: app/,
    );
  });
});
