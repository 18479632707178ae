import { describe, expect, it } from "vitest";
import type { NodePlan } from "../ec2/node-plan";
import { Decimal } from "../money/decimal";
import { embeddedPriceBook } from "../snapshot/embedded";
import { managedFeeEstimate, managedFeeLines } from "./managed-node-fee";

const book = embeddedPriceBook();
const plan = (instanceType: string, nodeCount: number, hours = "730"): NodePlan => ({
  key: "x86_64/linux",
  label: "linux/x86_64",
  labelMessage: { code: "GROUP_PLATFORM", params: { os: "linux", architecture: "x86_64" } },
  spec: book.instance(instanceType)!,
  nodeCount,
  nodesNeeded: nodeCount,
  hoursPerNode: new Decimal(hours),
  services: ["app"],
  requestedMillicores: 0,
  requestedMemoryBytes: 0,
  taskCount: 1,
});

describe("EKS Auto Mode fee per instance type (managed_compute_fees.csv eks_auto_mode, S40/S43)", () => {
  it("uses the fee table where it has the type: us-east-1 m7i.large $0.0121/h (EKS-Auto:m7i.large-management-hours, S40); 3 nodes × 730 h = $26.499", () => {
    const { lines, missing } = managedFeeLines("eks-auto-mode", [plan("m7i.large", 3)], book, "us-east-1");
    expect(missing).toEqual([]);
    expect(lines.map((l) => [l.rate.service, l.rate.sourceId, l.rateUsd.toFixed(), l.quantity.toFixed(), l.monthlyUsd.toFixed()])).toEqual([
      ["AmazonEKS", "S40", "0.0121", "2190", "26.499"],
    ]);
  });

  it("estimates a type the table lacks as 12 % of its On-Demand price, labelled: us-east-1 m6i.xlarge 0.192 × 0.12 = $0.02304/h", () => {
    const [line] = managedFeeLines("eks-auto-mode", [plan("m6i.xlarge", 2, "176")], book, "us-east-1").lines;
    expect([line?.rateUsd.toFixed(), line?.quantity.toFixed(), line?.rate.service]).toEqual(["0.02304", "352", "ModelledSurcharge"]);
    expect(line?.rate.description).toMatch(/^estimate: /);
    // labelled as derived (issue 16): the line name and detail say the rate is a rule, not an observed price
    expect([line?.rate.basis, line?.name]).toEqual(["derived", "EKS Auto Mode fee, m6i.xlarge (linux/x86_64) (derived rate)"]);
  });

  it.each([
    // Every fee-table row with an EC2 price (managed_compute_fees.csv): the rule reproduces the published fee.
    { label: "us-east-1 t4g.medium 0.0336 → 0.00403 (S40)", type: "t4g.medium", onDemand: "0.0336", fee: "0.00403" },
    { label: "us-east-1 m7g.large 0.0816 → 0.00979 (S40)", type: "m7g.large", onDemand: "0.0816", fee: "0.00979" },
    { label: "us-east-1 m7i.large 0.1008 → 0.0121 (S40)", type: "m7i.large", onDemand: "0.1008", fee: "0.0121" },
    { label: "ap-northeast-1 m7i.large 0.1302 → 0.01562 (S43)", type: "m7i.large", onDemand: "0.1302", fee: "0.01562" },
    {
      label: "ap-northeast-1 m7i.xlarge 0.2604 → 0.03125 (S43, 0.031248 rounds half up)",
      type: "m7i.xlarge",
      onDemand: "0.2604",
      fee: "0.03125",
    },
    {
      label: "ap-northeast-1 g6.xlarge 1.1672 × 7.8 % → 0.09104 (S43, G-series cut)",
      type: "g6.xlarge",
      onDemand: "1.1672",
      fee: "0.09104",
    },
    { label: "ap-southeast-5 m7g.large 0.0867 → 0.0104 (S40)", type: "m7g.large", onDemand: "0.0867", fee: "0.0104" },
  ])("the estimate rule reproduces the table: $label", ({ type, onDemand, fee }) => {
    expect(managedFeeEstimate(type, new Decimal(onDemand)).toFixed()).toBe(fee);
  });

  it("a type with no On-Demand rate in the region is a missing rate, not a guess", () => {
    const { lines, missing } = managedFeeLines("eks-auto-mode", [plan("m6i.xlarge", 1)], book, "eu-north-1");
    expect(lines).toEqual([]);
    expect(missing.map((m) => m.usage)).toEqual(["ec2/on-demand/linux/m6i.xlarge"]);
  });
});

describe("ECS Managed Instances fee per instance type (managed_compute_fees.csv ecs_managed_instances, S7/S10/S44)", () => {
  it("uses the fee table: ap-south-1 t4g.medium $0.002688/h, exactly 12 % of its $0.0224 On-Demand price (S7); 2 nodes × 730 h = $3.92448", () => {
    const { lines, missing } = managedFeeLines("ecs-managed-instances", [plan("t4g.medium", 2)], book, "ap-south-1");
    expect(missing).toEqual([]);
    expect(lines.map((l) => [l.rate.service, l.rate.sourceId, l.rateUsd.toFixed(), l.monthlyUsd.toFixed(), l.id])).toEqual([
      ["AmazonECS", "S7", "0.002688", "3.92448", "ecs-managed-instances:x86_64/linux:management-fee"],
    ]);
  });

  it("a type the table lacks gets the 12 % rule, labelled derived: us-east-1 m7i.large 0.1008 × 0.12 = 0.012096 → $0.0121/h", () => {
    const [line] = managedFeeLines("ecs-managed-instances", [plan("m7i.large", 1)], book, "us-east-1").lines;
    expect([line?.rateUsd.toFixed(), line?.rate.service, line?.rate.basis, line?.rate.usage]).toEqual([
      "0.0121",
      "ModelledSurcharge",
      "derived",
      "ecs/managed-instances/m7i.large",
    ]);
  });

  it("the G-series rule reproduces the Tokyo ECS MI table row: g6.xlarge 1.167 × 7.8 % = 0.091026 → 0.09103 (S44 rounds to 3 dp: 0.091)", () => {
    expect(managedFeeEstimate("g6.xlarge", new Decimal("1.167")).toDecimalPlaces(3).toFixed()).toBe("0.091");
  });

  it("a batch node group bills the fee for the node-hours of the EC2 line (each 30 s run billed the 1-minute minimum): 30 runs → 0.5 h", () => {
    const [line] = managedFeeLines("ecs-managed-instances", [plan("t4g.medium", 1, "0.5")], book, "ap-south-1").lines;
    expect([line?.quantity.toFixed(), line?.monthlyUsd.toFixed()]).toEqual(["0.5", "0.001344"]);
  });
});

describe("managedFeeLines with an analysis's memo (the break-even's totals-only runs)", () => {
  it("a group of the same type, nodes and hours takes the kept line; another node count prices its own ($26.499 for 3 × m7i.large, $17.666 for 2)", () => {
    const memo = new Map();
    const [first] = managedFeeLines("eks-auto-mode", [plan("m7i.large", 3)], book, "us-east-1", "eks-auto-mode", true, memo).lines;
    const [again] = managedFeeLines("eks-auto-mode", [plan("m7i.large", 3)], book, "us-east-1", "eks-auto-mode", true, memo).lines;
    const [two] = managedFeeLines("eks-auto-mode", [plan("m7i.large", 2)], book, "us-east-1", "eks-auto-mode", true, memo).lines;
    expect(again).toBe(first);
    expect(first?.monthlyUsd.toFixed()).toBe("26.499");
    expect(two?.monthlyUsd.toFixed()).toBe("17.666"); // 2 × 730 h × $0.0121
  });
});
