import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumDecimals } from "../money/decimal";
import { embeddedPriceBook } from "../snapshot/embedded";
import { estimatePortfolio } from "./estimate-portfolio";
import { UNTAGGED } from "./group-totals";

const book = embeddedPriceBook();

const twoTeams = {
  region: "us-east-1",
  services: [
    { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1, tags: { team: "storefront" } },
    { name: "api", taskCount: 2, vcpu: 1, memoryGib: 2, tags: { team: "payments" } },
    { name: "batch", taskCount: 0, vcpu: 1, memoryGib: 2 },
  ],
  extras: { natGateways: { count: 1 } },
};

describe("estimatePortfolio", () => {
  const portfolio = estimatePortfolio(twoTeams, book, { groupBy: ["team"] });
  const ecsFargate = portfolio.patterns[0];

  it.each([
    // S2 us-east-1 Linux/x86: $0.04048 per vCPU-hour, $0.004445 per GB-hour; NAT $0.045/h (S7, S8).
    // web direct: 2 × 730 × (0.5 × 0.04048 + 1 × 0.004445) = 1460 × 0.024685 = 36.0401
    // api direct: 2 × 730 × (1 × 0.04048 + 2 × 0.004445) = 72.0802
    // NAT shared: 730 × 0.045 = 32.85 + its Elastic IP 730 × 0.005 = 3.65 (S40) → 36.50 = 3,650 cents; api requests
    //   2× web's CPU-hours and memory-hours → weights 1/3 : 2/3 → 1,216.67 and 2,433.33 cents → 1,217 and 2,433
    //   (largest remainder: the 0.67 remainder gets the leftover cent).
    { label: "web: own Fargate lines + ⅓ of the NAT gateway", index: 0, directUsd: "36.0401", sharedUsd: "12.17", monthlyUsd: "48.2101" },
    { label: "api: own Fargate lines + ⅔ of the NAT gateway", index: 1, directUsd: "72.0802", sharedUsd: "24.33", monthlyUsd: "96.4102" },
    { label: "batch with no tasks: requests nothing, pays nothing", index: 2, directUsd: "0", sharedUsd: "0", monthlyUsd: "0" },
  ])("$label", ({ index, directUsd, sharedUsd, monthlyUsd }) => {
    const cost = ecsFargate?.services?.[index];
    expect(cost?.directUsd.toFixed()).toBe(directUsd);
    expect(cost?.sharedUsd.toFixed()).toBe(sharedUsd);
    expect(cost?.monthlyUsd.toFixed()).toBe(monthlyUsd);
  });

  it("totals per team, untagged services in their own group (36.0401 + 72.0802 + 36.50 = 144.6203 in all)", () => {
    const totals = ecsFargate?.groups[0]?.totals.map((g) => [g.value, g.serviceCount, g.monthlyUsd.toFixed()]);
    expect(totals).toEqual([
      [UNTAGGED, 1, "0"],
      ["payments", 1, "96.4102"],
      ["storefront", 1, "48.2101"],
    ]);
    expect(ecsFargate?.pattern.monthlyUsd?.toFixed()).toBe("144.6203");
  });

  it("on EKS on EC2 the nodes and the control plane are shared too (no line names a service)", () => {
    const eksEc2 = portfolio.patterns[3];
    expect(eksEc2?.services?.every((s) => s.directUsd.isZero())).toBe(true);
    expect(sumDecimals(eksEc2?.services?.map((s) => s.monthlyUsd) ?? []).eq(eksEc2?.pattern.monthlyUsd ?? -1)).toBe(true);
  });

  describe("properties", () => {
    const sizes = [
      [0.25, 0.5],
      [0.25, 2],
      [0.5, 1],
      [0.5, 4],
      [1, 2],
      [1, 8],
      [2, 4],
      [4, 16],
    ] as const;
    const service = fc.record({
      taskCount: fc.integer({ min: 0, max: 40 }),
      size: fc.constantFrom(...sizes),
      architecture: fc.constantFrom("x86_64", "arm64"),
      team: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
      hoursPerMonth: fc.option(fc.integer({ min: 1, max: 730 }), { nil: undefined }),
    });
    const scenario = fc
      .record({
        services: fc.array(service, { minLength: 1, maxLength: 25 }),
        nat: fc.integer({ min: 0, max: 3 }),
        natGb: fc.integer({ min: 0, max: 5000 }),
        albs: fc.integer({ min: 0, max: 2 }),
        lcu: fc.integer({ min: 0, max: 30 }).map((n) => n / 10),
      })
      .map((s) => ({
        region: "us-east-1",
        services: s.services.map((x, i) => ({
          name: `svc-${i}`,
          taskCount: x.taskCount,
          vcpu: x.size[0],
          memoryGib: x.size[1],
          architecture: x.architecture,
          ...(x.team ? { tags: { team: x.team } } : {}),
          ...(x.hoursPerMonth ? { schedule: { hoursPerMonth: x.hoursPerMonth } } : {}),
        })),
        extras: {
          natGateways: { count: s.nat, monthlyDataProcessedGb: s.natGb },
          loadBalancers: { count: s.albs, averageLcuPerHour: s.lcu },
        },
        eks: { supportTier: "extended" },
      }));

    it("services, and the groups of every tag key, sum exactly to each pattern's total", () => {
      fc.assert(
        fc.property(scenario, (input) => {
          for (const p of estimatePortfolio(input, book, { groupBy: ["team"] }).patterns) {
            if (p.pattern.monthlyUsd === null) continue;
            expect(sumDecimals(p.services?.map((s) => s.monthlyUsd) ?? []).eq(p.pattern.monthlyUsd)).toBe(true);
            expect(sumDecimals(p.groups[0]?.totals.map((g) => g.monthlyUsd) ?? []).eq(p.pattern.monthlyUsd)).toBe(true);
            expect(p.services?.every((s) => !s.sharedUsd.isNegative())).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    });
  });
});
