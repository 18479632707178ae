import { describe, expect, it } from "vitest";
import { OpsSchema, type OpsInput } from "../scenario/ops-schema";
import { bandText } from "./bands";
import { engineerRate } from "./engineer-rate";
import { opsLines } from "./ops-lines";
import { opsSettingsFrom } from "./ops-settings";
import { patternActivities, totalHours, type OpsSettings } from "./pattern-ops";
import { Decimal } from "../money/decimal";

const settingsOf = (ops: OpsInput = {}, upgradePolicy: OpsSettings["upgradePolicy"] = "upgrade"): OpsSettings =>
  opsSettingsFrom(OpsSchema.parse(ops), upgradePolicy);

describe("worked example: EKS on EC2, 3 environments, 75 nodes, 40 services, 2 engineers joining a year", () => {
  // Drivers: clusters 3 → factor 1 + 2 × 0.25 / 0.40 / 0.60 = 1.5 / 1.8 / 2.2 (§3.1)
  //          services 40 → 1 step of 10 above 30 → × 1.05 / 1.10 / 1.15 on incidents and capacity
  //          nodes 75 → (75 − 25) ÷ 25 = 2 blocks × 0.25 / 0.5 / 1 h = + 0.5 / 1 / 2 h on host patching and capacity
  //          one AMI family → no node-group term
  const activities = patternActivities(
    "eks-ec2",
    { environments: 3, services: 40, nodes: 75, nodeGroups: 1 },
    settingsOf({ engineersJoiningPerYear: 2 }),
  );
  const hours = Object.fromEntries(activities.map((a) => [a.id, bandText(a.hours)]));

  it.each([
    // base 1.5 / 5 / 15 × 1.5 / 1.8 / 2.2
    { id: "orchestrator-upgrades", expected: "2.25 / 9 / 33" },
    // base 1 / 4 / 10 × 1.5 / 1.8 / 2.2
    { id: "add-on-lifecycle", expected: "1.5 / 7.2 / 22" },
    // base 1 / 4 / 10 × 1.5 / 1.8 / 2.2 = 1.5 / 7.2 / 22, + 0.5 / 1 / 2
    { id: "host-patching", expected: "2 / 8.2 / 24" },
    // base 1 / 4 / 10 × 1.5 / 1.8 / 2.2 × 1.05 / 1.1 / 1.15 = 1.575 / 7.92 / 25.3, + 0.5 / 1 / 2
    { id: "capacity-scaling", expected: "2.075 / 8.92 / 27.3" },
    // base 2 / 6 / 20 × 1.5 / 1.8 / 2.2 × 1.05 / 1.1 / 1.15
    { id: "incidents", expected: "3.15 / 11.88 / 50.6" },
    // base 1 / 2.5 / 5 × 1.5 / 1.8 / 2.2
    { id: "access-security", expected: "1.5 / 4.5 / 11" },
    // 2 engineers × 40 / 120 / 240 h ÷ 12 months (not scaled by clusters)
    { id: "onboarding", expected: "6.6667 / 20 / 40" },
  ])("$id → $expected h/month", ({ id, expected }) => {
    expect(hours[id]).toBe(expected);
  });

  it("totals 19.1417 / 69.7 / 207.9 h/month; typical × $90 = $6,273", () => {
    // 2.25 + 1.5 + 2 + 2.075 + 3.15 + 1.5 + 6.6667 = 19.1417; 9 + 7.2 + 8.2 + 8.92 + 11.88 + 4.5 + 20 = 69.7
    const total = totalHours(activities);
    expect(bandText(total)).toBe("19.1417 / 69.7 / 207.9");
    const lines = opsLines(activities, engineerRate(new Decimal(90), "ops-effort.md F36, F37", "2025-03-14"), "typical");
    expect(lines.reduce((sum, l) => sum.plus(l.monthlyUsd), new Decimal(0)).toFixed()).toBe("6273");
    expect(lines.every((l) => l.category === "ops" && l.unit === "engineer-hour" && l.rate.sourceId.includes("F36"))).toBe(true);
  });
});

describe("modifiers", () => {
  const drivers = { environments: 1, services: 10, nodes: 10, nodeGroups: 1 };
  const hoursOf = (pattern: Parameters<typeof patternActivities>[0], settings: OpsSettings, id: string) =>
    bandText(patternActivities(pattern, drivers, settings).find((a) => a.id === id)!.hours);

  it.each([
    {
      label: "EKS Auto Mode (its own pattern since issue 16): host patching takes EKS-on-Fargate hours (F18, ops-effort.md §3.1)",
      pattern: "eks-auto-mode",
      ops: {},
      id: "host-patching",
      expected: "0 / 0.5 / 2",
    },
    {
      label: "EKS Auto Mode halves EKS-on-EC2 capacity & scaling (1 / 4 / 10 → 0.5 / 2 / 5, §3.1)",
      pattern: "eks-auto-mode",
      ops: {},
      id: "capacity-scaling",
      expected: "0.5 / 2 / 5",
    },
    {
      label: "Auto Mode does not touch ECS on EC2",
      pattern: "ecs-ec2",
      ops: { eksAutoMode: true },
      id: "host-patching",
      expected: "1 / 3 / 8",
    },
    {
      label: "Bottlerocket halves host patching (F14)",
      pattern: "ecs-ec2",
      ops: { bottlerocket: true },
      id: "host-patching",
      expected: "0.5 / 1.5 / 4",
    },
    {
      label: "Bottlerocket does nothing on Fargate",
      pattern: "ecs-fargate",
      ops: { bottlerocket: true },
      id: "host-patching",
      expected: "0 / 0.5 / 2",
    },
    {
      label: "ECS Managed Instances: host patching takes ECS-on-Fargate hours (F20, §3.1)",
      pattern: "ecs-managed-instances",
      ops: {},
      id: "host-patching",
      expected: "0 / 0.5 / 2",
    },
    {
      label: "ECS Managed Instances: capacity & scaling takes ECS-on-Fargate hours (F20, §3.1)",
      pattern: "ecs-managed-instances",
      ops: {},
      id: "capacity-scaling",
      expected: "0.5 / 1 / 3",
    },
    {
      label: "the old ops.eksAutoMode flag leaves EKS on EC2's self-managed host patching as it is",
      pattern: "eks-ec2",
      ops: { eksAutoMode: true },
      id: "host-patching",
      expected: "1 / 4 / 10",
    },
    {
      label: "Bottlerocket does not halve a managed pattern's host patching again (AWS already patches)",
      pattern: "eks-auto-mode",
      ops: { bottlerocket: true },
      id: "host-patching",
      expected: "0 / 0.5 / 2",
    },
    {
      label: "a number override sets all bands",
      pattern: "eks-ec2",
      ops: { hours: { "eks-ec2": { incidents: 3 } } },
      id: "incidents",
      expected: "3 / 3 / 3",
    },
    {
      label: "an object override replaces only the bands it names",
      pattern: "eks-ec2",
      ops: { hours: { "eks-ec2": { incidents: { typical: 10 } } } },
      id: "incidents",
      expected: "2 / 10 / 20",
    },
    {
      label: "no engineers joining: no onboarding hours",
      pattern: "ecs-fargate",
      ops: { engineersJoiningPerYear: 0 },
      id: "onboarding",
      expected: "0 / 0 / 0",
    },
  ] as const)("$label → $expected", ({ pattern, ops, id, expected }) => {
    expect(hoursOf(pattern, settingsOf(ops as OpsInput), id)).toBe(expected);
  });

  it.each([
    // 3 environments, typical: 4 h add-ons × (1 + 2 × 0.5) = 8 instead of × 1.8
    {
      label: "a user cluster share replaces the research's 0.25 / 0.40 / 0.60",
      rules: { extraClusterShare: 0.5 },
      id: "add-on-lifecycle",
      expected: "2 / 8 / 20",
    },
    // 75 nodes: host patching 4 + 2 blocks × 2 h = 8 (typical), 1 + 2 × 2 = 5 (low), 10 + 2 × 2 = 14 (high); × 1.5/1.8/2.2 first for 3 environments
    { label: "a user node rule", rules: { hoursPer25NodesAbove25: 2, extraClusterShare: 0 }, id: "host-patching", expected: "5 / 8 / 14" },
    // 1 engineer × 60 h ÷ 12 = 5 h/month at every band
    { label: "user onboarding hours for EKS", rules: { onboardingHoursPerEngineer: { eks: 60 } }, id: "onboarding", expected: "5 / 5 / 5" },
  ])("rule override: $label → $expected", ({ rules, id, expected }) => {
    const activities = patternActivities("eks-ec2", { environments: 3, services: 10, nodes: 75, nodeGroups: 1 }, settingsOf({ rules }));
    expect(bandText(activities.find((a) => a.id === id)!.hours)).toBe(expected);
  });

  it("staying on extended support keeps the upgrade hours (hops cannot be skipped: F4)", () => {
    expect(hoursOf("eks-ec2", settingsOf({}, "stay-on-extended-support"), "orchestrator-upgrades")).toBe("1.5 / 5 / 15");
  });

  it("an override that breaks low ≤ typical ≤ high is an input error naming the field", () => {
    expect(() => patternActivities("eks-ec2", drivers, settingsOf({ hours: { "eks-ec2": { incidents: { low: 30 } } } }))).toThrow(
      /INVALID_OPTION.*ops\.hours\.eks-ec2\.incidents/,
    );
  });
});

describe("patternActivities without text (the break-even's totals-only runs)", () => {
  it("gives the same hours per activity and band, with the English sources and rules left empty and the coded rules kept", () => {
    const drivers = { environments: 2, services: 12, nodes: 9, nodeGroups: 2 };
    const settings = settingsOf({ bottlerocket: true, engineersJoiningPerYear: 3 });
    const full = patternActivities("eks-ec2", drivers, settings);
    const lean = patternActivities("eks-ec2", drivers, settings, { text: false });
    expect(lean.map((a) => bandText(a.hours))).toEqual(full.map((a) => bandText(a.hours)));
    expect(bandText(totalHours(lean))).toBe(bandText(totalHours(full)));
    expect(lean.every((a) => a.sources === "" && a.rules.length === 0)).toBe(true);
    expect(lean.map((a) => a.ruleMessages)).toEqual(full.map((a) => a.ruleMessages));
    expect(full.some((a) => a.rules.length > 0)).toBe(true); // the full run does render them (Bottlerocket, onboarding, scaling)
  });
});
