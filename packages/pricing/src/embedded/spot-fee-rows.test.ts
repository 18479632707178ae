import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { managedFeeRates } from "./managed-fee-rows";
import { spotRates } from "./spot-rows";

describe("ec2_spot_snapshot_skypilot.csv → one Spot rate per type and region (S33)", () => {
  const csv = [
    "region,availability_zone_id,instance_type,spot_usd_per_hour,on_demand_usd_per_hour,product_description,as_of,source_id,note",
    "us-east-1,use1-az1,m5.large,0.037500,0.096,Linux/UNIX,undated catalog snapshot (S33),S33,latest value",
    "us-east-1,use1-az4,m5.large,0.045300,0.096,Linux/UNIX,undated catalog snapshot (S33),S33,",
    "us-east-1,use1-az5,m5.large,0.031900,0.096,Linux/UNIX,undated catalog snapshot (S33),S33,",
    "us-east-1,use1-az1,m5.large,0.2,0.096,Windows,undated catalog snapshot (S33),S33,",
  ].join("\n");
  const { rates, skipped } = spotRates(parseCsv(csv));

  it("keeps the highest AZ price (a fleet over AZs pays each AZ's price): 0.0375, 0.0453, 0.0319 → 0.0453, undated, S33", () => {
    expect(rates.map((r) => [r.region, r.usage, r.priceUsd, r.unit, r.sourceId, r.asOf])).toEqual([
      ["us-east-1", "ec2/spot/linux/m5.large", "0.045300", "instance-hour", "S33", "undated"],
    ]);
    expect(rates[0]?.description).toContain("highest of 3 AZ price(s) 0.031900–0.045300 (use1-az4)");
  });

  it("reports a non-Linux row instead of mixing it in", () => {
    expect(skipped).toEqual(["ec2_spot_snapshot_skypilot.csv: us-east-1 use1-az1 m5.large"]);
  });
});

describe("managed_compute_fees.csv → EKS Auto Mode and ECS Managed Instances fees per type (S10, S40, S43)", () => {
  const csv = [
    "region,option,instance_type,usd_per_hour,as_of,source_id,note,ec2_ondemand_usd_per_hour,fee_pct_of_ec2",
    "us-east-1,ecs_managed_instances,c6a.2xlarge,0.037,ECS pricing page read 2026-09-20,S10,x,0.306,12.09",
    "us-east-1,eks_auto_mode,m7i.large,0.0121,AmazonEKS offer pub 2026-09-28,S40,EKS-Auto:m7i.large-management-hours (0.012100),0.1008,12.00",
    "ap-northeast-1,eks_auto_mode,g6.xlarge,0.09104,AmazonEKS APN1 offer pub 2026-09-18,S43,G-series,1.1672,7.80",
  ].join("\n");
  it("maps both products' rows to their own usage keys and services, with the offer date and source", () => {
    expect(managedFeeRates(parseCsv(csv)).map((r) => [r.region, r.usage, r.priceUsd, r.unit, r.service, r.sourceId, r.asOf])).toEqual([
      ["us-east-1", "ecs/managed-instances/c6a.2xlarge", "0.037", "instance-hour", "AmazonECS", "S10", "2026-09-20"],
      ["us-east-1", "eks/auto-mode/m7i.large", "0.0121", "instance-hour", "AmazonEKS", "S40", "2026-09-28"],
      ["ap-northeast-1", "eks/auto-mode/g6.xlarge", "0.09104", "instance-hour", "AmazonEKS", "S43", "2026-09-18"],
    ]);
  });
});
