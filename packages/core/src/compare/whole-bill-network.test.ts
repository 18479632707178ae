import { renderMessage } from "../messages/english";
import { describe, expect, it } from "vitest";
import { sumLines } from "../lines/cost-line";
import { lineUsd, pattern, totalUsd, usEast1 } from "./test-helpers";

// Rates: container_bill_extras_rates.csv, us-east-1 (S39/S41 data transfer, S40 endpoints and IPv4, S41 NLB),
// ec2_ebs_elb_vpc_rates_selected.csv (S11 NLCU, S14 snapshots, S9 gp3 extras).
const PATTERNS = ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const;
const web = { name: "web", taskCount: 1, vcpu: 0.25, memoryGib: 0.5 };

describe("internet egress: tier walk over the workload's total, after the account's 100 GB free allowance (S39)", () => {
  it("500 GB (web 300 + api 200): 100 GB free, then 400 GB × $0.09 = $36.00 on every pattern", () => {
    const c = usEast1([
      { ...web, monthlyInternetEgressGb: 300 },
      { ...web, name: "api", monthlyInternetEgressGb: 200 },
    ]);
    for (const id of PATTERNS) {
      expect(
        pattern(c, id)
          .lines.find((l) => l.id === "shared:internet-egress-tier-1")
          ?.quantity.toFixed(),
      ).toBe("400");
      expect(lineUsd(c, id, "shared:internet-egress-tier-1")).toBe("36");
      expect(lineUsd(c, id, "shared:internet-egress-tier-2")).toBeUndefined();
    }
  });
  it("12,000 GB crosses the 10 TB tier: 10,240 × 0.09 + (12,000 − 100 − 10,240 = 1,660) × 0.085 = 921.60 + 141.10", () => {
    const c = usEast1([{ ...web, monthlyInternetEgressGb: 12_000 }]);
    expect(lineUsd(c, "ecs-fargate", "shared:internet-egress-tier-1")).toBe("921.6");
    expect(lineUsd(c, "ecs-fargate", "shared:internet-egress-tier-2")).toBe("141.1");
  });
  it("allowance set to 0 (used by other workloads): 500 GB × $0.09 = $45.00", () => {
    const c = usEast1([{ ...web, monthlyInternetEgressGb: 500 }], { network: { internetEgressFreeAllowanceGb: 0 } });
    expect(lineUsd(c, "ecs-fargate", "shared:internet-egress-tier-1")).toBe("45");
  });
  it("inter-region: 750 GB × $0.02 (us-east-1 → other regions, S41) = $15.00, on the sending service", () => {
    const c = usEast1([{ ...web, monthlyInterRegionEgressGb: 750 }]);
    expect(lineUsd(c, "eks-ec2", "svc:web:inter-region-egress")).toBe("15");
  });
});

describe("cross-AZ traffic = service GB × cross-AZ share × 2 directions × $0.01 (S41 bills 1,000 GB as 2,000 GB)", () => {
  const chatty = [{ ...web, monthlyServiceTrafficGb: 1000 }];
  it.each([
    { network: {}, usd: "10", why: "2 AZs (default): 1,000 × 1/2 × 2 × 0.01" },
    { network: { availabilityZones: 3 }, usd: "13.33333333", why: "3 AZs: 1,000 × 2/3 × 2 × 0.01 (to 8 places)" },
    { network: { availabilityZones: 3, crossAzShare: 0.25 }, usd: "5", why: "a stated share of 0.25 wins over the AZ count" },
    { network: { availabilityZones: 1 }, usd: undefined, why: "one AZ: nothing crosses" },
  ])("$why = $usd", ({ network, usd }) => {
    const line = lineUsd(usEast1(chatty, { network }), "ecs-fargate", "svc:web:cross-az");
    expect(
      line === undefined
        ? undefined
        : Number(line)
            .toFixed(8)
            .replace(/\.?0+$/, ""),
    ).toBe(usd);
  });
});

describe("interface endpoints, NAT traffic they avoid, NLBs and public IPv4 on load balancers (S40, S41, S11)", () => {
  const c = usEast1([web], {
    extras: { natGateways: { count: 1, monthlyDataProcessedGb: 200 } },
    network: { interfaceEndpoints: { count: 3, monthlyDataProcessedGb: 50 }, networkLoadBalancers: { count: 1, averageNlcuPerHour: 2 } },
  });
  it.each([
    { line: "shared:vpc-endpoint-hours", usd: "43.8", why: "3 endpoints × 2 AZs × 730 h × $0.01" },
    { line: "shared:vpc-endpoint-data", usd: "0.5", why: "50 GB × $0.01" },
    { line: "shared:nat-data", usd: "6.75", why: "(200 − 50 GB via endpoints) × $0.045" },
    { line: "shared:nat-public-ipv4", usd: "3.65", why: "1 Elastic IP × 730 × $0.005" },
    { line: "shared:nlb-hours", usd: "16.425", why: "1 NLB × 730 × $0.0225" },
    { line: "shared:nlb-nlcu", usd: "8.76", why: "730 × 2 NLCU × $0.006" },
    { line: "shared:nlb-public-ipv4", usd: "7.3", why: "internet-facing: 2 AZs × 730 × $0.005" },
  ])("$line = $usd ($why)", ({ line, usd }) => {
    for (const id of PATTERNS) expect(lineUsd(c, id, line)).toBe(usd);
  });
  it("the NAT reduction is said in a note", () => {
    expect(pattern(c, "ecs-fargate").notes.map(renderMessage).join("\n")).toMatch(/50 GB carried by interface endpoints/);
  });
  it("replacesNatTraffic: false keeps the stated NAT GB (200 × 0.045 = 9)", () => {
    const kept = usEast1([web], {
      extras: { natGateways: { count: 1, monthlyDataProcessedGb: 200 } },
      network: { interfaceEndpoints: { count: 3, monthlyDataProcessedGb: 50, replacesNatTraffic: false } },
    });
    expect(lineUsd(kept, "ecs-fargate", "shared:nat-data")).toBe("9");
  });
  it("an internal ALB has no public IPv4; an internet-facing one has one per AZ, at least 2 (3 AZs: 3 × 730 × 0.005 = 10.95)", () => {
    expect(
      lineUsd(usEast1([web], { extras: { loadBalancers: { count: 1, internetFacing: false } } }), "ecs-fargate", "shared:alb-public-ipv4"),
    ).toBeUndefined();
    expect(
      lineUsd(
        usEast1([web], { extras: { loadBalancers: { count: 1 } }, network: { availabilityZones: 3 } }),
        "ecs-fargate",
        "shared:alb-public-ipv4",
      ),
    ).toBe("10.95");
  });
});

describe("storage: ECR (S41 $0.10/GB-month), EBS snapshots (S14 $0.05), gp3 above 3,000 IOPS / 125 MiB/s (S9)", () => {
  it("25 GB ECR = $2.50 and 200 GB snapshots = $10.00, shared on every pattern", () => {
    const c = usEast1([web], { storage: { ecrStorageGb: 25, ebsSnapshotGb: 200 } });
    for (const id of PATTERNS) {
      expect(lineUsd(c, id, "shared:ecr-storage")).toBe("2.5");
      expect(lineUsd(c, id, "shared:ebs-snapshots")).toBe("10");
    }
  });
  it("3 m5.large nodes at 6,000 IOPS / 250 MiB/s: 3 × 3,000 × 0.005 = $45 and 3 × 125 × 0.04 = $15; EC2 patterns only", () => {
    const c = usEast1([{ ...web, taskCount: 3 }], {
      ec2: { instanceType: "m5.large", nodeCount: 3, rootVolumeIops: 6000, rootVolumeThroughputMibps: 250 },
    });
    expect(
      pattern(c, "ecs-ec2")
        .lines.find((l) => l.id.endsWith(":root-volume-iops"))
        ?.monthlyUsd.toFixed(),
    ).toBe("45");
    expect(
      pattern(c, "eks-ec2")
        .lines.find((l) => l.id.endsWith(":root-volume-throughput"))
        ?.monthlyUsd.toFixed(),
    ).toBe("15");
    expect(pattern(c, "ecs-fargate").lines.some((l) => l.id.endsWith(":root-volume-iops"))).toBe(false);
  });
  it("the total still equals the sum of the lines with every new line present", () => {
    const c = usEast1([{ ...web, monthlyInternetEgressGb: 500, logIngestionGbPerMonth: 50 }], { storage: { ecrStorageGb: 25 } });
    const p = pattern(c, "ecs-fargate");
    expect(p.lines.map((l) => l.category)).toEqual(expect.arrayContaining(["networking", "observability", "registry"]));
    expect(totalUsd(c, "ecs-fargate")).toBe(sumLines(p.lines).toFixed());
  });
});
