import { describe, expect, it } from "vitest";
import { firstDate, parseCsv } from "./csv";
import { eksRates } from "./eks-rows";
import { fargateRates } from "./fargate-rows";
import { parseSourcesRegister } from "./sources-register";

describe("firstDate (as-of cells of the derived CSVs)", () => {
  it.each([
    { cell: "2026-09-11 (AmazonECS pub); unchanged since 2022-11", expected: "2026-09-11" },
    { cell: "2026-08 (infracost golden)", expected: "2026-08" },
    { cell: "2025-08-01 effective (offer pub 2025-08-28)", expected: "2025-08-01" },
    { cell: "undated (pricing page transcription)", expected: "undated" },
  ])("$cell → $expected", ({ cell, expected }) => {
    expect(firstDate(cell)).toBe(expected);
  });
});

describe("fargate_rates.csv rows", () => {
  const csv = [
    "region,platform,pricing,dimension,usd,unit,price_as_of,source_id,note",
    "us-east-1,linux-x86,on-demand,vcpu,0.04048,per vCPU-hour,2026-09-11,S2;S1,USE1-Fargate-vCPU-Hours:perCPU",
    "us-east-1,linux-arm,spot,memory,0.00113349,per GB-hour,2026-09-28,S8,floating",
    "us-east-1,any,on-demand,ephemeral_storage_over_20GB,0.000111,per GB-hour,2026-09-11,S2,",
    "us-east-1,linux-x86,reserved,vcpu,0.01,per vCPU-hour,2026-09-11,S2,",
  ].join("\n");
  const { rates, skipped } = fargateRates(parseCsv(csv));

  it("maps on-demand, Spot and storage rows to usage keys, keeping the AWS usage type", () => {
    expect(rates.map((r) => r.usage)).toEqual([
      "fargate/on-demand/linux-x86/vcpu-hours",
      "fargate/spot/linux-arm/gb-hours",
      "fargate/on-demand/ephemeral-storage/gb-hours",
    ]);
    expect(rates[0]).toMatchObject({
      priceUsd: "0.04048",
      unit: "vCPU-hour",
      sourceId: "S2;S1",
      asOf: "2026-09-11",
      usageType: "USE1-Fargate-vCPU-Hours:perCPU",
    });
  });
  it("reports a row it cannot map instead of guessing", () => {
    expect(skipped).toEqual(["fargate_rates.csv: us-east-1 linux-x86 reserved vcpu"]);
  });
});

describe("eks_rates.csv rows", () => {
  const csv = [
    "item,region,usd,unit,price_as_of,source_id,note",
    "cluster_standard_support,all regions checked (us-east-1 eu-west-1),0.10,per cluster-hour,2026-08-31 (AmazonEKS pub),S7;S6,x",
    "cluster_extended_support_surcharge,same,0.50,per cluster-hour,2026-08-31,S7;S9,y",
    "hybrid_nodes_tier1,per region,0.020,per vCPU-hour,2026-09-13,S13,z",
  ].join("\n");
  it("expands the checked regions, applies 'same' to the surcharge and ignores unmodelled items", () => {
    expect(eksRates(parseCsv(csv)).map((r) => `${r.region} ${r.usage} ${r.priceUsd}`)).toEqual([
      "us-east-1 eks/cluster-hours/standard 0.10",
      "eu-west-1 eks/cluster-hours/standard 0.10",
      "us-east-1 eks/cluster-hours/extended-support-surcharge 0.50",
      "eu-west-1 eks/cluster-hours/extended-support-surcharge 0.50",
    ]);
  });
});

describe("SOURCES.md register", () => {
  it("reads source ids with their repository, path and date", () => {
    const md =
      "| ID | Repository / URL | Path | Commit / date | Kind |\n|---|---|---|---|---|\n| S2 | github.com/opencost/opencost | pkg/x.json | c656 | offer excerpt |\n";
    expect(parseSourcesRegister(md)).toEqual({
      S2: {
        title: "offer excerpt: github.com/opencost/opencost pkg/x.json",
        url: "https://github.com/opencost/opencost",
        date: "c656",
        confidence: "primary",
      },
    });
  });
});
