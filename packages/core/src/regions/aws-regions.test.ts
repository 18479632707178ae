import { describe, expect, it } from "vitest";
import { estimate } from "../compare/test-helpers";
import { CoreError } from "../errors";
import { PATTERN_IDS } from "../patterns/pattern";
import { AWS_REGIONS, AWS_REGION_CODES, awsRegion } from "./aws-regions";

describe("the AWS region table", () => {
  it("codes are unique and every entry has names and a usage-type prefix", () => {
    expect(new Set(AWS_REGION_CODES).size).toBe(AWS_REGIONS.length);
    for (const region of AWS_REGIONS) {
      expect(region.code).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
      expect(region.nameEn).toMatch(/\(.+\)$/);
      expect(region.nameJa).toMatch(/\(.+\)$/);
      expect(region.usageTypePrefix).toMatch(/^[A-Z]{2,3}\d?$/);
    }
  });

  it("Tokyo's names and prefix as AWS writes them (glossary-ja.csv; APN1-NatGateway-Hours in S35)", () => {
    expect(awsRegion("ap-northeast-1")).toEqual({
      code: "ap-northeast-1",
      nameEn: "Asia Pacific (Tokyo)",
      nameJa: "アジアパシフィック (東京)",
      usageTypePrefix: "APN1",
    });
  });

  it("the irregular prefixes of the Price List: eu-west-1 is EU- (EU-NatGateway-Hours, S38), ap-south-1 is APS3-", () => {
    expect(awsRegion("eu-west-1")?.usageTypePrefix).toBe("EU");
    expect(awsRegion("ap-south-1")?.usageTypePrefix).toBe("APS3");
  });

  it("holds the regions the issue names, us-west-2 included (it was rejected before)", () => {
    for (const code of [
      "us-east-1",
      "us-west-2",
      "ap-northeast-1",
      "eu-west-1",
      "eu-central-1",
      "ap-southeast-1",
      "ap-south-1",
      "sa-east-1",
    ]) {
      expect(awsRegion(code)?.code).toBe(code);
    }
  });
});

describe("any AWS region is valid input; only a made-up code is rejected", () => {
  const services = [{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }];

  it.each(AWS_REGION_CODES.map((region) => ({ region })))(
    "$region is accepted and gives every pattern (PATTERN_IDS: the classic four + two managed-node)",
    ({ region }) => {
      expect(estimate({ region, services }).patterns.map((p) => p.id)).toEqual([...PATTERN_IDS]);
    },
  );

  it("a region with no rates at all (me-central-1) is incomplete on every pattern with its missing rates listed", () => {
    const c = estimate({ region: "me-central-1", services, extras: { loadBalancers: { count: 1 } } });
    for (const p of c.patterns) {
      expect(p.status).toBe("incomplete");
      expect(p.monthlyUsd?.toFixed()).toBe("0");
      expect(p.missingRates.map((m) => m.usage)).toContain("elb/alb/hours");
      expect(p.missingRates.every((m) => m.region === "me-central-1")).toBe(true);
    }
    expect(c.patterns[0]?.missingRates.map((m) => m.usage)).toEqual([
      "fargate/on-demand/linux-x86/vcpu-hours",
      "fargate/on-demand/linux-x86/gb-hours",
      "elb/alb/hours",
      "vpc/public-ipv4/hours",
    ]);
  });

  it("a well-formed but made-up code (xx-east-9) is UNKNOWN_REGION naming the field and the AWS codes", () => {
    let error: unknown;
    try {
      estimate({ region: "xx-east-9", services });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe("UNKNOWN_REGION");
    expect((error as CoreError).field).toBe("region");
    expect((error as CoreError).allowed).toEqual(AWS_REGION_CODES);
  });
});
