import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { isCoreError } from "../errors";
import { embeddedPriceBook } from "../snapshot/embedded";

// EC2 commitments billed as AWS bills them (issue 13, item 3; purchase/ec2-commitment.ts):
// an RI is billed every hour of its term whether a matching instance runs or not
// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-reserved-instances.html); a Savings Plan is an hourly
// commitment billed every hour, usage above it On-Demand
// (https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html).
// Rates (us-east-1): m5.large On-Demand $0.096/h (S5); standard 1-year No Upfront RI $0.06/h and convertible
// 1-year No Upfront $0.071/h (S3 rows 4NA7Y494T4, 7NE97W5U4E — the Compute Savings Plan uses the convertible ratio).
const book = embeddedPriceBook();
const ecsEc2 = (ec2Purchase: object, services: object[] = [web(3)], nodeCount = 3) => {
  const found = estimateScenario(
    { region: "us-east-1", services, ec2: { instanceType: "m5.large", nodeCount }, purchase: { ec2: ec2Purchase } },
    book,
  ).patterns.find((p) => p.id === "ecs-ec2");
  if (!found) throw new Error("ecs-ec2");
  return found;
};
const web = (taskCount: number) => ({ name: "web", taskCount, vcpu: 0.5, memoryGib: 1 });
const usd = (p: ReturnType<typeof ecsEc2>, suffix: string) =>
  p.lines
    .find((l) => l.id.endsWith(suffix))
    ?.monthlyUsd.toDecimalPlaces(10)
    .toFixed();

describe("Reserved Instances: a count per type, each billed 730 h used or not", () => {
  it("default (no count): one RI per always-on node — 3 × 730 × $0.06 = $131.40, nothing unused or On-Demand", () => {
    const p = ecsEc2({ option: "reserved" });
    expect(usd(p, ":instances")).toBe("131.4");
    expect(p.lines.some((l) => l.id.includes("reserved-unused") || l.id.endsWith("-on-demand-overflow"))).toBe(false);
  });

  it("5 RIs for 3 nodes: 3 × 730 × $0.06 = $131.40 used + 2 × 730 × $0.06 = $87.60 unused; utilisation 3 ÷ 5 = 60 %", () => {
    const p = ecsEc2({ option: "reserved", reservedInstances: { "m5.large": 5 } });
    expect(usd(p, ":instances")).toBe("131.4");
    expect(usd(p, ":reserved-unused:m5.large")).toBe("87.6");
    expect(p.notes.join(" ")).toMatch(
      /5 m5\.large RI\(s\) billed 730 h each, used or not; 3 used by always-on nodes, 0 node\(s\).*utilisation 60%/,
    );
    expect(p.purchase[0]?.monthlyEffectiveUsd.toDecimalPlaces(10).toFixed()).toBe("219");
  });

  it("1 RI for 3 nodes: 730 × $0.06 = $43.80 at the RI rate + 2 × 730 × $0.096 = $140.16 On-Demand", () => {
    const p = ecsEc2({ option: "reserved", reservedInstances: { "m5.large": 1 } });
    expect(usd(p, ":instances")).toBe("43.8");
    expect(usd(p, ":instances-on-demand-overflow")).toBe("140.16");
    expect(p.lines.find((l) => l.id.endsWith("-on-demand-overflow"))?.rateUsd.toFixed()).toBe("0.096");
  });

  it("0 RIs of the type in use (RIs of another type only): the nodes are On-Demand and the other type's RIs are all unused", () => {
    // m5.xlarge On-Demand $0.192/h (S5) × 0.06/0.096 = $0.12/h: 2 × 730 × 0.12 = $175.20 unused.
    const p = ecsEc2({ option: "reserved", reservedInstances: { "m5.xlarge": 2 } });
    expect(usd(p, ":instances")).toBeUndefined();
    expect(usd(p, ":instances-on-demand-overflow")).toBe("210.24"); // 3 × 730 × 0.096
    expect(usd(p, ":reserved-unused:m5.xlarge")).toBe("175.2");
  });

  it("a part-time group stays On-Demand with a coded note, and the RIs it might use are billed unused (upper bound, as on Fargate)", () => {
    const batch = { ...web(1), schedule: { runsPerDay: 1, durationSeconds: 3600 } };
    const p = ecsEc2({ option: "reserved", reservedInstances: { "m5.large": 1 } }, [batch], 1);
    expect(p.notes.join(" ")).toMatch(/web, batch: runs 30\.42 h a month, so its nodes stay On-Demand/);
    expect(usd(p, ":reserved-unused:m5.large")).toBe("43.8");
    // never cheaper than On-Demand: the batch node's On-Demand hours + the idle RI
    expect(p.monthlyUsd?.greaterThan(43.8)).toBe(true);
  });

  it("bad input: reservedInstances without option reserved, or an unknown type, is a coded error naming the field", () => {
    const onDemand = () => ecsEc2({ reservedInstances: { "m5.large": 1 } });
    expect(onDemand).toThrow(/reservedInstances applies to option reserved only/);
    try {
      ecsEc2({ option: "reserved", reservedInstances: { "m5.huge": 1 } });
      expect.unreachable();
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("UNKNOWN_INSTANCE_TYPE");
      expect(isCoreError(error) && error.field).toBe("purchase.ec2.reservedInstances.m5.huge");
    }
    expect(() => ecsEc2({ option: "reserved", reservedInstances: { "m5.large": 1.5 } })).toThrow();
  });
});

describe("EC2 Savings Plans: an hourly commitment, overflow On-Demand, unused shown", () => {
  it("Compute SP $0.071/h for 2 nodes (baseline 2 × $0.071 = $0.142/h): half the 1,460 h at $0.071 = $51.83 + 730 h On-Demand × $0.096 = $70.08", () => {
    const p = ecsEc2({ option: "compute-savings-plan", savingsPlan: { commitmentUsdPerHour: "0.071" } }, [web(3)], 2);
    expect(usd(p, ":instances")).toBe("51.83");
    expect(usd(p, ":instances-on-demand-overflow")).toBe("70.08");
    expect(p.notes.join(" ")).toMatch(/commitment \$0\.071\/hour × 730 h = \$51\.83\/month.*utilisation 100%/);
  });

  it("EC2 Instance SP $0.10/h for 1 node (baseline $0.06/h, standard ratio): $43.80 used + (0.10 − 0.06) × 730 = $29.20 unused; utilisation 60 %", () => {
    const p = ecsEc2({ option: "ec2-instance-savings-plan", savingsPlan: { commitmentUsdPerHour: "0.10" } }, [web(1)], 1);
    expect(usd(p, ":instances")).toBe("43.8");
    expect(usd(p, ":savings-plan-unused-commitment")).toBe("29.2");
    expect(p.notes.join(" ")).toMatch(/utilisation 60%/);
  });

  it("coveragePercent 50: half the baseline at the plan rate, half On-Demand (2 nodes: 730 × 0.071 + 730 × 0.096 = $121.91)", () => {
    const p = ecsEc2({ option: "compute-savings-plan", savingsPlan: { coveragePercent: 50 } }, [web(3)], 2);
    expect(usd(p, ":instances")).toBe("51.83");
    expect(usd(p, ":instances-on-demand-overflow")).toBe("70.08");
  });

  it("savingsPlan on option reserved is bad input naming the field", () => {
    expect(() => ecsEc2({ option: "reserved", savingsPlan: { commitmentUsdPerHour: "1" } })).toThrow(/savingsPlan applies to options/);
  });
});

describe("AWS Support is a share of the bill after the commitment rewrite (issue 15)", () => {
  it("Fargate plan $2/h over a $1.57984/h baseline (40 tasks × 1 vCPU / 2 GB, S8 plan rates): Developer 3 % of 730 × $2 = $43.80", () => {
    // Baseline 40 × (0.032384 + 2 × 0.003556) = $1.57984/h → covered 730 × 1.57984 = $1,153.2832, unused 730 × 0.42016 = $306.7168.
    // Before the fix Support was taken before the unused line existed: 3 % × 1,153.2832 = $34.60.
    const c = estimateScenario(
      {
        region: "us-east-1",
        services: [{ name: "api", taskCount: 40, vcpu: 1, memoryGib: 2 }],
        purchase: { fargate: { ecs: { option: "compute-savings-plan", savingsPlan: { commitmentUsdPerHour: "2" } } } },
        support: { plan: "developer" },
      },
      book,
    );
    const p = c.patterns.find((x) => x.id === "ecs-fargate");
    expect(p?.lines.find((l) => l.id === "fargate:savings-plan-unused-commitment")?.monthlyUsd.toFixed()).toBe("306.7168");
    expect(p?.lines.find((l) => l.id === "shared:support-tier-1")?.monthlyUsd.toFixed()).toBe("43.8");
  });
});
