import { describe, expect, it } from "vitest";
import { CoreError } from "../errors";
import { estimate, pattern, totalUsd, usEast1 } from "./test-helpers";

describe("estimateScenario", () => {
  it("returns the six patterns in a fixed order (the classic four first) and names the snapshot it used", () => {
    const c = usEast1([{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }]);
    expect(c.patterns.map((p) => p.id)).toEqual([
      "ecs-fargate",
      "ecs-ec2",
      "eks-fargate",
      "eks-ec2",
      "ecs-managed-instances",
      "eks-auto-mode",
    ]);
    expect(c.priceBook.id).toBe("embedded-2026-10-02");
    expect(c.priceBook.asOf).toBe("2026-10-02");
  });

  it("every line carries its rate's region, source id and as-of date", () => {
    const c = usEast1([{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }], { extras: { loadBalancers: { count: 1 } } });
    for (const line of c.patterns.flatMap((p) => p.lines)) {
      expect(line.rate.region).toBe("us-east-1");
      expect(line.rate.sourceId).toMatch(/^S\d+/);
      expect(line.rate.asOf).not.toBe("");
      expect(line.monthlyUsd.equals(line.quantity.times(line.rateUsd))).toBe(true);
    }
  });

  it("a code that is not an AWS region is an error listing the AWS region codes", () => {
    let error: unknown;
    try {
      estimate({ region: "xx-east-9", services: [{ name: "a", taskCount: 1, vcpu: 1, memoryGib: 2 }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe("UNKNOWN_REGION");
    expect((error as CoreError).allowed).toContain("ap-northeast-1");
  });

  it("a pair Fargate lacks (1 vCPU / 9 GB) rules ECS on Fargate out naming the valid memory values; EC2 still prices it", () => {
    const c = usEast1([{ name: "a", taskCount: 1, vcpu: 1, memoryGib: 9 }]);
    expect(pattern(c, "ecs-fargate").status).toBe("ruled-out");
    expect(pattern(c, "ecs-fargate").ruledOutReasons).toEqual([
      "a: 9 GB is not valid with 1 vCPU on Fargate; nearest: 8 GB (1 vCPU takes 2–8 GB); ECS on Fargate refuses the task definition",
    ]);
    expect(pattern(c, "ecs-ec2").status).toBe("priced");
  });

  it("an unknown instance type is UNKNOWN_INSTANCE_TYPE suggesting types of the same family", () => {
    expect(() => usEast1([{ name: "a", taskCount: 1, vcpu: 1, memoryGib: 2 }], { ec2: { instanceType: "m6i.huge" } })).toThrow(
      /UNKNOWN_INSTANCE_TYPE.*ec2\.instanceType.*m6i\.large/,
    );
  });

  it("two services with the same name are rejected", () => {
    expect(() =>
      usEast1([
        { name: "a", taskCount: 1, vcpu: 1, memoryGib: 2 },
        { name: "a", taskCount: 1, vcpu: 1, memoryGib: 2 },
      ]),
    ).toThrow(/INVALID_SCENARIO.*services\[1\]\.name/);
  });
});

describe("missing rates are reported, never guessed", () => {
  it("sa-east-1 has Fargate rates but no ALB rate in the snapshot: patterns are incomplete and say so", () => {
    const c = estimate({
      region: "sa-east-1",
      services: [{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }],
      extras: { loadBalancers: { count: 1 } },
    });
    const ecs = pattern(c, "ecs-fargate");
    expect(ecs.status).toBe("incomplete");
    expect(ecs.missingRates).toEqual([
      // neededFor is the line's English name; neededForMessage the same line name as its code, for faces to translate
      {
        region: "sa-east-1",
        usage: "elb/alb/hours",
        neededFor: "Application Load Balancer hours",
        neededForMessage: { code: "LINE_ALB_HOURS", params: {} },
      },
      // an internet-facing ALB (the default) holds one public IPv4 per AZ (issue 15); no sa-east-1 IPv4 rate either
      {
        region: "sa-east-1",
        usage: "vpc/public-ipv4/hours",
        neededFor: "Public IPv4 on internet-facing ALBs",
        neededForMessage: { code: "LINE_ALB_PUBLIC_IPV4", params: {} },
      },
    ]);
    // The Fargate part is still priced at São Paulo rates (S17): 730 × (0.0696 + 2 × 0.0076) = 61.904.
    expect(ecs.monthlyUsd?.toFixed()).toBe("61.904");
  });

  it("ap-south-2 has Fargate Spot but no on-demand rows (SOURCES.md): ECS on Fargate lists both missing rates", () => {
    const c = estimate({ region: "ap-south-2", services: [{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }] });
    expect(pattern(c, "ecs-fargate").missingRates.map((m) => m.usage)).toEqual([
      "fargate/on-demand/linux-x86/vcpu-hours",
      "fargate/on-demand/linux-x86/gb-hours",
    ]);
  });

  it("without any missing rate the status is priced", () => {
    expect(pattern(usEast1([{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }]), "ecs-fargate").status).toBe("priced");
  });
});

describe("ruled-out patterns are shown with the reason, not priced", () => {
  it("Windows rules out EKS on Fargate (no Windows pods on Fargate)", () => {
    const p = pattern(usEast1([{ name: "win", taskCount: 1, vcpu: 1, memoryGib: 2, os: "windows" }]), "eks-fargate");
    expect(p.status).toBe("ruled-out");
    expect(p.monthlyUsd).toBeNull();
    expect(p.lines).toEqual([]);
    expect(p.ruledOutReasons[0]).toMatch(/Windows/);
  });

  it("a 64 vCPU task is above Fargate's largest size (32 vCPU / 244 GB) on ECS and EKS", () => {
    const c = usEast1([{ name: "big", taskCount: 1, vcpu: 64, memoryGib: 256 }], { ec2: { instanceType: "m6i.32xlarge" } });
    expect(pattern(c, "ecs-fargate").status).toBe("ruled-out");
    expect(pattern(c, "eks-fargate").status).toBe("ruled-out");
    // EC2 still runs it: 1 × m6i.32xlarge × 730 h × $6.144 (S5) = 4485.12, + 30 GiB gp3 × $0.08 = 2.40.
    expect(totalUsd(c, "ecs-ec2")).toBe("4487.52");
  });

  it("Windows tasks below 1 vCPU rule out ECS on Fargate (Windows needs 1–4 vCPU)", () => {
    const c = usEast1([{ name: "win", taskCount: 1, vcpu: 0.5, memoryGib: 1, os: "windows" }]);
    expect(pattern(c, "ecs-fargate").ruledOutReasons[0]).toMatch(/1 to 4 vCPU/);
  });
});
