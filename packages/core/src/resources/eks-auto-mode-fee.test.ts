import { describe, expect, it } from "vitest";
import type { NodePlan } from "../ec2/node-plan";
import { Decimal } from "../money/decimal";
import { embeddedPriceBook } from "../snapshot/embedded";
import { autoModeFeeEstimate, autoModeFeeLines } from "./eks-auto-mode-fee";

const book = embeddedPriceBook();
const plan = (instanceType: string, nodeCount: number, hours = "730"): NodePlan => ({
  key: "x86_64/linux",
  label: "linux/x86_64",
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
    const { lines, missing } = autoModeFeeLines([plan("m7i.large", 3)], book, "us-east-1");
    expect(missing).toEqual([]);
    expect(lines.map((l) => [l.rate.service, l.rate.sourceId, l.rateUsd.toFixed(), l.quantity.toFixed(), l.monthlyUsd.toFixed()])).toEqual([
      ["AmazonEKS", "S40", "0.0121", "2190", "26.499"],
    ]);
  });

  it("estimates a type the table lacks as 12 % of its On-Demand price, labelled: us-east-1 m6i.xlarge 0.192 × 0.12 = $0.02304/h", () => {
    const [line] = autoModeFeeLines([plan("m6i.xlarge", 2, "176")], book, "us-east-1").lines;
    expect([line?.rateUsd.toFixed(), line?.quantity.toFixed(), line?.rate.service]).toEqual(["0.02304", "352", "ModelledSurcharge"]);
    expect(line?.rate.description).toMatch(/^estimate: /);
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
    expect(autoModeFeeEstimate(type, new Decimal(onDemand)).toFixed()).toBe(fee);
  });

  it("a type with no On-Demand rate in the region is a missing rate, not a guess", () => {
    const { lines, missing } = autoModeFeeLines([plan("m6i.xlarge", 1)], book, "eu-north-1");
    expect(lines).toEqual([]);
    expect(missing.map((m) => m.usage)).toEqual(["ec2/on-demand/linux/m6i.xlarge"]);
  });
});
