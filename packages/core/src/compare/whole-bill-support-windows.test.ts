import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { capacitySettings } from "../ec2/capacity-settings";
import { nodeCapacity } from "../ec2/node-capacity";
import { settingsForOs } from "../ec2/windows-reservation";
import { splitIntoTiers } from "../resources/tiers";
import { Ec2Schema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { lineUsd, pattern, totalUsd, usEast1 } from "./test-helpers";

// AWS Support (container_bill_extras_rates.csv, S52; aws.amazon.com/premiumsupport/pricing): Developer max($29, 3 %),
// Business max($100, 10 % to $10k + 7 % to $80k + 5 % to $250k + 3 % above).
// One ECS Fargate task of 1 vCPU / 2 GB all month: 730 × (0.04048 + 2 × 0.004445) = 730 × 0.04937 = $36.0401 (S2).
const task = { name: "api", vcpu: 1, memoryGib: 2 };

describe("AWS Support: its own line over the pattern's AWS bill, off by default", () => {
  it("off by default: no support line", () => {
    expect(pattern(usEast1([{ ...task, taskCount: 1 }]), "ecs-fargate").lines.some((l) => l.category === "support")).toBe(false);
  });
  it("Developer on $36.0401: 3 % = $1.08 is below the $29 minimum → one $29 line; total 36.0401 + 29 = 65.0401", () => {
    const c = usEast1([{ ...task, taskCount: 1 }], { support: { plan: "developer" } });
    expect(lineUsd(c, "ecs-fargate", "shared:support-minimum")).toBe("29");
    expect(totalUsd(c, "ecs-fargate")).toBe("65.0401");
  });
  it("Business on 300 tasks = $10,812.03: 10,000 × 0.10 + 812.03 × 0.07 = 1,000 + 56.8421 = $1,056.8421", () => {
    const c = usEast1([{ ...task, taskCount: 300 }], { support: { plan: "business" } });
    expect(lineUsd(c, "ecs-fargate", "shared:support-tier-1")).toBe("1000");
    expect(lineUsd(c, "ecs-fargate", "shared:support-tier-2")).toBe("56.8421");
    expect(totalUsd(c, "ecs-fargate")).toBe("11868.8721");
  });
  it("the base is each pattern's own bill: EKS on Fargate adds the $73 cluster fee before the percentage", () => {
    const c = usEast1([{ ...task, taskCount: 1 }], { support: { plan: "enterprise-on-ramp" } });
    expect(lineUsd(c, "eks-fargate", "shared:support-minimum")).toBe("5500");
    expect(pattern(c, "eks-fargate").lines.find((l) => l.id === "shared:support-minimum")?.rate.region).toBe("global");
  });
});

describe("Windows on EC2: licence-included rates where the data has them (derived rows say so)", () => {
  it("m5.large Windows, us-east-1: derived 0.096 + 2 vCPU × 0.046 = $0.188/h (S5, S51) → 730 × 0.188 = $137.24, marked derived", () => {
    const c = usEast1([{ name: "legacy", taskCount: 1, vcpu: 1, memoryGib: 2, os: "windows" }], { ec2: { instanceType: "m5.large" } });
    const ecs = pattern(c, "ecs-ec2");
    const nodes = ecs.lines.find((l) => l.id.endsWith(":instances"));
    expect(nodes?.rate.priceUsd).toBe("0.188");
    expect(nodes?.monthlyUsd.toFixed()).toBe("137.24");
    expect(nodes?.rate.basis).toBe("derived");
    expect(nodes?.detail).toMatch(/rate derived from a documented rule, not an observed price/);
    expect(nodes?.name).toMatch(/\(derived rate\)$/);
    expect(ecs.missingRates.map((m) => m.usage)).not.toContain("ec2/on-demand/windows/m5.large");
  });
});

describe("Windows nodes on EKS: the Windows kubelet reservations in allocatable capacity (AWS EKS Best Practices for Windows)", () => {
  const settings = capacitySettings(Ec2Schema.parse({}), "eks");
  const m5Large = embeddedPriceBook().instance("m5.large");
  it("m5.large: reserved = ⌈8192 × 7.5 %⌉ = 615 VM overhead + 1536 system + 512 kube + 200 eviction = 2863 MiB (Linux: 615 + 574 + 100)", () => {
    if (!m5Large) throw new Error("m5.large missing from the catalog");
    expect(nodeCapacity(m5Large, settingsForOs(settings, "windows")).reservedMemoryBytes / 1048576).toBe(2863);
    expect(nodeCapacity(m5Large, settingsForOs(settings, "linux")).reservedMemoryBytes / 1048576).toBe(615 + 574 + 100);
  });
  it("ECS settings are unchanged for Windows (no cited ECS Windows reservation: ecsReservedMemoryMib applies)", () => {
    const ecs = capacitySettings(Ec2Schema.parse({}), "ecs");
    expect(settingsForOs(ecs, "windows")).toBe(ecs);
  });
});

describe("tier walk (splitIntoTiers): invariants", () => {
  const bounds = [10_240, 51_200, 153_600];
  it("slices add up to the amount and never exceed their tier's width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (gb) => {
        const slices = splitIntoTiers(new Decimal(gb), bounds);
        expect(slices.reduce((sum, s) => sum.plus(s.quantity), new Decimal(0)).toNumber()).toBe(gb);
        for (const s of slices) if (s.toUnits !== null) expect(s.quantity.lte(s.toUnits.minus(s.fromUnits))).toBe(true);
        expect(slices.length).toBeLessThanOrEqual(bounds.length + 1);
      }),
    );
  });
  it("200,000 GB reaches the open top tier: 10,240 / 40,960 / 102,400 / 46,400", () => {
    expect(splitIntoTiers(new Decimal(200_000), bounds).map((s) => s.quantity.toNumber())).toEqual([10_240, 40_960, 102_400, 46_400]);
  });
});
