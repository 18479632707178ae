import { renderMessage } from "../../messages/english";
import { describe, expect, it } from "vitest";
import { modelScenario } from "../../model/model-scenario";
import { embeddedPriceBook } from "../../snapshot/embedded";
import type { ScenarioInput } from "../../scenario/scenario-schema";

const book = embeddedPriceBook();
const web = (extra: Partial<ScenarioInput> = {}): ScenarioInput => ({
  region: "us-east-1",
  services: [{ name: "web", taskCount: 3, vcpu: 0.5, memoryGib: 1 }],
  ...extra,
  ec2: { instanceType: "m7i.large", ...extra.ec2 },
});
const bill = (input: ScenarioInput, id: string) => modelScenario(input, book).patterns.find((p) => p.descriptor.id === id)!.bill;
const fee = (input: ScenarioInput, id: string) => bill(input, id).lines.find((l) => l.id.endsWith(":management-fee"))!;
const node = (input: ScenarioInput, id: string) => bill(input, id).lines.find((l) => l.id.endsWith(":instances"))!;

describe("the management fee is never discounted by the EC2 purchase option (fee on the On-Demand price)", () => {
  it.each([
    { label: "On-Demand", purchase: {} },
    { label: "Spot at a stated 70 % discount", purchase: { ec2: { option: "spot", discountPercent: 70 } } },
    {
      label: "a 1-year EC2 Instance Savings Plan at a stated 40 % discount",
      purchase: { ec2: { option: "ec2-instance-savings-plan", discountPercent: 40 } },
    },
  ] as const)(
    "$label: EKS Auto Mode m7i.large fee stays $0.0121/h (fee table, S40); ECS MI stays 12 % of $0.1008 → $0.0121/h",
    ({ purchase }) => {
      const input = web({ purchase } as Partial<ScenarioInput>);
      for (const id of ["eks-auto-mode", "ecs-managed-instances"]) {
        expect(fee(input, id).rateUsd.toFixed()).toBe("0.0121");
        expect(fee(input, id).monthlyUsd.toFixed()).toBe("8.833"); // 1 node × 730 h × 0.0121
      }
    },
  );

  it("while the EC2 part follows the purchase option: Spot at 70 % off bills the m7i.large node at 0.1008 × 0.3 = $0.03024/h", () => {
    const input = web({ purchase: { ec2: { option: "spot", discountPercent: 70 } } } as Partial<ScenarioInput>);
    expect(node(input, "ecs-managed-instances").rateUsd.toFixed()).toBe("0.03024");
    expect(node(input, "eks-auto-mode").rateUsd.toFixed()).toBe("0.03024");
  });

  it("the ECS MI fee under Spot / a Savings Plan is a visible, cited assumption (note and assumption list)", () => {
    const result = modelScenario(web({ purchase: { ec2: { option: "spot", discountPercent: 70 } } } as Partial<ScenarioInput>), book);
    const ecsMi = result.patterns.find((p) => p.descriptor.id === "ecs-managed-instances")!.bill;
    expect(
      ecsMi.notes
        .map(renderMessage)
        .some((n) => n.startsWith("ECS Managed Instances fee: billed on the On-Demand list price") && n.includes("S55")),
    ).toBe(true);
    expect(result.assumptions.find((a) => a.id === "ecs-mi-fee-discount")?.source).toMatch(/S55/);
  });
});

describe("constraints of the managed-node patterns (trade-off matrix reasons)", () => {
  const windows = web({
    services: [{ name: "legacy", taskCount: 1, vcpu: 1, memoryGib: 2, os: "windows" }],
    ec2: { instanceType: "m6i.large" },
  });

  it("Windows rules out both (Linux containers only: ManagedInstances.html; Bottlerocket nodes: automode.html); ECS/EKS on EC2 stay priced", () => {
    const result = modelScenario(windows, book);
    const status = Object.fromEntries(result.patterns.map((p) => [p.descriptor.id, p.bill.status]));
    expect([status["ecs-managed-instances"], status["eks-auto-mode"]]).toEqual(["ruled-out", "ruled-out"]);
    expect(status["ecs-ec2"]).not.toBe("ruled-out");
    const reason = result.patterns.find((p) => p.descriptor.id === "eks-auto-mode")!.bill.ruledOutReasons[0];
    expect(reason).toBe(
      "legacy: ECS Managed Instances, EKS Auto Mode run Linux containers only (no Windows nodes) [ManagedInstances.html; automode.html]",
    );
  });

  it.each([
    {
      label: "GPUs: Auto Mode needs a custom NodePool",
      ops: { workload: { gpuServices: ["web"] } },
      ec2: { instanceType: "g5.xlarge" },
      rule: "gpu-node-pool",
    },
    {
      label: "privileged: allowed on Auto Mode, node locked down",
      ops: { workload: { privileged: true } },
      ec2: {},
      rule: "privileged-locked-node",
    },
    {
      label: "Spot preferred: Auto Mode's built-in pools are On-Demand only",
      ops: { workload: { spot: "preferred" } },
      ec2: {},
      rule: "spot-node-pool",
    },
  ] as const)("$label → flags EKS Auto Mode only (priced, with a caveat); ECS MI is not flagged", ({ ops, ec2, rule }) => {
    const result = modelScenario(web({ ops, ec2 } as Partial<ScenarioInput>), book);
    const c = result.constraints.find((x) => x.rule === rule)!;
    expect([c.effect, c.patterns]).toEqual(["flags", ["eks-auto-mode"]]);
    const autoMode = result.patterns.find((p) => p.descriptor.id === "eks-auto-mode")!.bill;
    expect(autoMode.status).toBe("priced");
    expect(autoMode.notes.map(renderMessage).some((n) => n.startsWith(`constraint (${rule})`))).toBe(true);
    expect(result.patterns.find((p) => p.descriptor.id === "ecs-managed-instances")!.bill.status).toBe("priced");
  });

  it("DaemonSets flag neither (DaemonSets run on Auto Mode nodes; ECS MI has Managed Daemons)", () => {
    const result = modelScenario(web({ ops: { workload: { daemonSets: true } } }), book);
    expect(result.constraints.flatMap((c) => c.patterns)).toEqual(["eks-fargate"]);
  });

  it("the trade-off matrix has a cell with a reason for both in every row, including instance families", () => {
    const result = modelScenario(web(), book);
    for (const row of result.tradeOffMatrix) {
      expect(row.cells["ecs-managed-instances"].text.length).toBeGreaterThan(0);
      expect(row.cells["eks-auto-mode"].text.length).toBeGreaterThan(0);
    }
    const families = result.tradeOffMatrix.find((r) => r.id === "instance-families")!;
    expect(families.cells["eks-auto-mode"]).toEqual({
      support: "partial",
      text: "built-in pools: C, M, R, generation ≥ 5; others from a custom NodePool",
      textMessage: { code: "MATRIX_INSTANCE_FAMILIES__EKS_AUTO_MODE", params: {} },
    });
  });
});

describe("node types each option supports", () => {
  it("EKS Auto Mode's cheapest fit stays in the built-in pool's C/M/R families of generation ≥ 5 (set-builtin-node-pools.html); ECS MI may use any type", () => {
    const input: ScenarioInput = {
      region: "us-east-1",
      services: [{ name: "tiny", taskCount: 2, vcpu: 0.25, memoryGib: 0.5 }],
      ec2: { selection: { allowBurstable: true } },
    };
    const result = modelScenario(input, book);
    const typeOf = (id: string) => result.patterns.find((p) => p.descriptor.id === id)!.bill.nodePlans[0]!.spec.instanceType;
    expect(typeOf("eks-auto-mode")).toMatch(/^[cmr]([5-9])[a-z]*\./);
    // with burstables allowed, ECS on EC2 and ECS MI pick the same (cheapest) type: the full range
    expect(typeOf("ecs-managed-instances")).toBe(typeOf("ecs-ec2"));
    expect(
      result.patterns
        .find((p) => p.descriptor.id === "eks-auto-mode")!
        .bill.notes.map(renderMessage)
        .some((n) => n.includes("built-in general-purpose NodePool")),
    ).toBe(true);
  });
});

describe("EKS Provisioned Control Plane (S40; replaces-or-adds is a visible assumption)", () => {
  it("XL on top of the standard fee by default: 730 × $1.65 = $1,204.50 plus 730 × $0.10 = $73.00", () => {
    const b = bill(web({ eks: { controlPlaneTier: "xl" } }), "eks-auto-mode");
    expect(b.lines.filter((l) => l.category === "control-plane").map((l) => [l.id, l.monthlyUsd.toFixed()])).toEqual([
      ["shared:eks-cluster", "73"],
      ["shared:eks-provisioned-control-plane", "1204.5"],
    ]);
    expect(
      b.notes
        .map(renderMessage)
        .some((n) => n.startsWith("EKS Provisioned Control Plane tier XL at $1.65/cluster-hour is billed on top of")),
    ).toBe(true);
  });

  it("8XL replacing the standard fee when the scenario says so: 730 × $13.90 = $10,147 and no $0.10 line", () => {
    const b = bill(web({ eks: { controlPlaneTier: "8xl", provisionedTierReplacesStandardFee: true } }), "eks-ec2");
    expect(b.lines.filter((l) => l.category === "control-plane").map((l) => [l.id, l.monthlyUsd.toFixed()])).toEqual([
      ["shared:eks-provisioned-control-plane", "10147"],
    ]);
  });

  it("a region without tier prices is a missing rate (Tokyo tiers were not read, SOURCES.md), never a guess", () => {
    const b = bill(web({ region: "ap-northeast-1", eks: { controlPlaneTier: "2xl" } }), "eks-fargate");
    expect(b.status).toBe("incomplete");
    expect(b.missingRates.map((m) => m.usage)).toContain("eks/cluster-hours/provisioned-2xl");
  });

  it("an unknown tier is an input error naming the field and the allowed tiers", () => {
    expect(() => modelScenario(web({ eks: { controlPlaneTier: "16xl" } } as unknown as Partial<ScenarioInput>), book)).toThrow(
      /eks\.controlPlaneTier/,
    );
  });
});
