import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldenDir } from "./run-cli";

/**
 * The key figures of the golden JSON files, derived by hand. Rates (SOURCES.md):
 * Fargate us-east-1 Linux/x86 $0.04048 per vCPU-hour and $0.004445 per GB-hour, Linux/ARM $0.03238
 * and $0.00356 (S2); NAT gateway $0.045 per hour and per GB (S7, S8); ALB $0.0225 per hour (S11);
 * EKS control plane $0.10 per cluster-hour (S6, S7); public IPv4 $0.005 per IP-hour — a NAT gateway's Elastic IP and
 * one address per AZ (2 by default) on an internet-facing ALB (S40, issue 15). A month is 730 h.
 */
const golden = (name: string, file = "expected.json"): any => JSON.parse(readFileSync(join(goldenDir(name), file), "utf8"));
const pattern = (doc: any, id: string): any => doc.patterns.find((p: any) => p.id === id);

describe("formats-estimate (2 × 0.5 vCPU / 1 GiB tasks + 1 NAT gateway)", () => {
  const doc = golden("formats-estimate");
  it.each([
    // 2 tasks × 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 1460 × 0.024685 = 36.0401; + NAT 730 × 0.045 = 32.85; + EIP 730 × 0.005 = 3.65
    { label: "ECS on Fargate: 36.0401 + 32.85 + 3.65", id: "ecs-fargate", monthly: "72.5401", yearly: "870.4812", threeYear: "2611.4436" },
    // pod 0.5 vCPU / 1 GiB + 256 MiB = 1.25 GiB → billed 0.5 vCPU / 2 GB: 1460 × (0.02024 + 0.00889) = 42.5298; + EKS 73 + NAT 32.85 + EIP 3.65
    {
      label: "EKS on Fargate: 42.5298 + 73 + 32.85 + 3.65",
      id: "eks-fargate",
      monthly: "152.0298",
      yearly: "1824.3576",
      threeYear: "5473.0728",
    },
  ])("$label = $monthly a month (× 12, × 36)", ({ id, monthly, yearly, threeYear }) => {
    expect(pattern(doc, id)).toMatchObject({ monthlyUsd: monthly, yearlyUsd: yearly, threeYearUsd: threeYear });
  });

  it("CSV carries the exact, unrounded line amount: 730 vCPU-hours × 0.04048 = 29.5504", () => {
    expect(readFileSync(join(goldenDir("formats-estimate"), "expected.csv"), "utf8")).toContain(
      ",730,vCPU-hour,0.04048,29.5504,354.6048,1063.8144,",
    );
  });
});

describe("compare-x86-vs-arm", () => {
  it("ARM: 1460 × (0.5 × 0.03238 + 1 × 0.00356) = 1460 × 0.01975 = 28.835, i.e. 28.835 − 36.0401 = −7.2051 a month", () => {
    const arm = golden("compare-x86-vs-arm").scenarios[1];
    expect(pattern(arm, "ecs-fargate")).toMatchObject({ monthlyUsd: "28.835", deltaMonthlyUsd: "-7.2051", deltaYearlyUsd: "-86.4612" });
  });
});

describe("diff-scale-up (web 2 → 4 tasks, batch report removed, NAT added)", () => {
  const ecs = pattern(golden("diff-scale-up"), "ecs-fargate");
  it("totals: base 36.0401 + report 30 runs × 600 s = 5 h × (1 × 0.04048 + 2 × 0.004445) = 0.24685 → 36.28695; proposed 72.0802 + 32.85 + EIP 3.65 + 100 GB × 0.045 = 113.0802", () => {
    expect(ecs).toMatchObject({
      baseMonthlyUsd: "36.28695",
      proposedMonthlyUsd: "113.0802",
      deltaMonthlyUsd: "76.79325",
      deltaYearlyUsd: "921.519",
    });
  });

  it.each([
    {
      label: "web vCPU: quantity effect (1460 − 730) × 0.04048 = 29.5504, no rate effect",
      id: "svc:web:ecs-fargate-vcpu",
      change: "changed",
      delta: "29.5504",
      quantityEffect: "29.5504",
      rateEffect: "0",
    },
    {
      label: "report vCPU removed: −5 h × 0.04048 = −0.2024",
      id: "svc:report:ecs-fargate-vcpu",
      change: "removed",
      delta: "-0.2024",
      quantityEffect: "-0.2024",
      rateEffect: "0",
    },
    {
      label: "NAT data added: 100 GB × 0.045 = 4.5",
      id: "shared:nat-data",
      change: "added",
      delta: "4.5",
      quantityEffect: "4.5",
      rateEffect: "0",
    },
  ])("$label", ({ id, change, delta, quantityEffect, rateEffect }) => {
    expect(ecs.lines.find((l: any) => l.id === id)).toMatchObject({
      change,
      deltaMonthlyUsd: delta,
      quantityEffectUsd: quantityEffect,
      rateEffectUsd: rateEffect,
    });
  });
});

describe("portfolio-teams (NAT + ALB shared by request share)", () => {
  const ecs = pattern(golden("portfolio-teams"), "ecs-fargate");
  // Shared: NAT 32.85 + ALB 730 × 0.0225 = 16.425 + IPv4 (NAT EIP 3.65 + ALB 2 AZs 7.30) → 60.225 = 6,022 cents + 0.005.
  // Requests (CPU-hours and memory-hours alike): web 2 tasks × 0.5/1, search 1 × 0.5/1, payments 1 × 1/2 → 2 : 1 : 2.
  // 6,022 × 2/5 = 2408.8, × 1/5 = 1204.4 → floors 2408 + 1204 + 2408 = 6,020; 2 leftover cents to the .8 remainders
  // (web, payments); the 0.005 residue to the largest weight, first in order (web).
  it.each([
    { name: "web", direct: "36.0401", shared: "24.095", monthly: "60.1351" },
    { name: "search", direct: "18.02005", shared: "12.04", monthly: "30.06005" },
    { name: "payments", direct: "36.0401", shared: "24.09", monthly: "60.1301" },
    { name: "audit", direct: "0", shared: "0", monthly: "0" },
  ])("$name: $direct own + $shared shared = $monthly", ({ name, direct, shared, monthly }) => {
    expect(ecs.services.find((s: any) => s.name === name)).toMatchObject({ directUsd: direct, sharedUsd: shared, monthlyUsd: monthly });
  });

  it("teams sum to the whole: storefront 60.1351 + 30.06005 = 90.19515, payments 60.1301, untagged 0 → 150.32525", () => {
    expect(ecs.monthlyUsd).toBe("150.32525");
    expect(ecs.groups[0].totals.map((t: any) => [t.value, t.monthlyUsd])).toEqual([
      ["(untagged)", "0"],
      ["payments", "60.1301"],
      ["storefront", "90.19515"],
    ]);
  });
});

describe("import-workloads", () => {
  const services = golden("import-workloads").scenario.services;
  it.each([
    {
      label: "Deployment api: replicas 3, arm64 from nodeSelector, init container kept as init",
      name: "api",
      expected: { taskCount: 3, architecture: "arm64" },
    },
    {
      label: "StatefulSet cache: limits 250m / 1Gi become the requests",
      name: "cache",
      expected: { taskCount: 2, containers: [{ name: "redis", cpu: "250m", memory: "1Gi" }] },
    },
    {
      label:
        'CronJob "30 2 * * *": 1 run a day, 86,400 s apart, 3,600 s assumed, stopped at activeDeadlineSeconds 1200 by core, Forbid kept',
      name: "nightly-report",
      expected: {
        schedule: {
          runsPerDay: 1,
          durationSeconds: 3600,
          durationAssumed: true,
          activeDeadlineSeconds: 1200,
          intervalSeconds: 86400,
          concurrencyPolicy: "Forbid",
        },
      },
    },
    {
      label: 'ECS task cpu "256" = 256/1024 = 0.25 vCPU, memory "512" MiB = 0.5 GiB',
      name: "fargate-task-definition",
      expected: { taskCount: 1, vcpu: 0.25, memoryGib: 0.5, tags: { team: "storefront" } },
    },
  ])("$label", ({ name, expected }) => {
    expect(services.find((s: any) => s.name === name)).toMatchObject(expected);
  });
});
