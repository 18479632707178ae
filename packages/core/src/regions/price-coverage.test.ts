import { describe, expect, it } from "vitest";
import { createPriceBook } from "../price-book/price-book";
import { embeddedPriceBook } from "../snapshot/embedded";
import { AWS_REGIONS } from "./aws-regions";
import { priceCoverage } from "./price-coverage";

describe("priceCoverage", () => {
  const coverage = priceCoverage(embeddedPriceBook());
  const of = (code: string) => coverage.find((c) => c.region.code === code);

  it("lists every AWS region once, in the region table's order", () => {
    expect(coverage.map((c) => c.region.code)).toEqual(AWS_REGIONS.map((r) => r.code));
  });

  it("Tokyo is complete since the S33/S34/S35 rows landed: ALB, NAT, IPv4, gp3 and 90 EC2 types", () => {
    const tokyo = of("ap-northeast-1");
    expect(tokyo?.status).toBe("complete");
    expect(tokyo?.plainMissing).toEqual([]);
    expect(tokyo?.groups).toMatchObject({ alb: "full", nat: "full", ipv4: "full", ebs: "full", "fargate-windows": "none" });
    expect(tokyo?.ec2LinuxTypes).toBe(90);
  });

  it("ap-south-1 has the NAT hour (S7) but not NAT data: 'partial', and the plain workload misses it", () => {
    expect(of("ap-south-1")?.groups.nat).toBe("partial");
    expect(of("ap-south-1")?.plainMissing).toEqual(expect.arrayContaining(["alb", "nat", "ipv4"]));
  });

  it("a region the data has nothing for is 'none' with every plain group missing, EC2 included", () => {
    expect(of("me-central-1")).toMatchObject({ status: "none", ec2LinuxTypes: 0, otherRates: 0 });
    expect(of("me-central-1")?.plainMissing).toEqual(["fargate-x86", "fargate-arm", "eks", "alb", "nat", "ipv4", "ebs", "ec2"]);
  });

  it("counts rates outside the groups as 'other' (a Windows EC2 rate here)", () => {
    const book = createPriceBook({
      schemaVersion: 1,
      id: "t",
      asOf: "2026-01-01",
      createdAt: "2026-01-01T00:00:00Z",
      description: "",
      sources: { S1: { title: "test source" } },
      instanceTypes: [],
      rates: [
        {
          service: "AmazonEC2",
          region: "eu-west-3",
          usage: "ec2/on-demand/windows/m5.large",
          priceUsd: "0.2",
          unit: "instance-hour",
          description: "",
          sourceId: "S1",
          asOf: "2026-01-01",
        },
      ],
    });
    expect(priceCoverage(book).find((c) => c.region.code === "eu-west-3")).toMatchObject({
      status: "partial",
      otherRates: 1,
      ec2LinuxTypes: 0,
    });
  });
});
