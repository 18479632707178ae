import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { isCoreError } from "../errors";
import { embeddedPriceBook } from "../snapshot/embedded";

// io2 root volumes (regional_network_storage_rates.csv, S36, Tokyo): storage $0.142/GB-month; provisioned IOPS
// $0.074 up to 32,000, $0.0518 from 32,001 to 64,000, $0.03626 above 64,000 per IOPS-month, per volume
// (https://aws.amazon.com/ebs/pricing/: every io2 IOPS is billed, tiered per volume — no included baseline).
const book = embeddedPriceBook();
const ecsEc2 = (region: string, ec2: object) => {
  const c = estimateScenario(
    { region, services: [{ name: "db", taskCount: 1, vcpu: 1, memoryGib: 2 }], ec2: { instanceType: "m6i.large", nodeCount: 2, ...ec2 } },
    book,
  );
  const p = c.patterns.find((x) => x.id === "ecs-ec2");
  if (!p) throw new Error("ecs-ec2");
  return p;
};
const usd = (p: ReturnType<typeof ecsEc2>, suffix: string) => p.lines.find((l) => l.id.endsWith(suffix))?.monthlyUsd.toFixed();

describe("EBS io2 root volumes (issue 15, item 6)", () => {
  it("Tokyo, 2 nodes × 100 GiB × 70,000 IOPS: 2 × 32,000 × 0.074 = $4,736 + 2 × 32,000 × 0.0518 = $3,315.20 + 2 × 6,000 × 0.03626 = $435.12; storage 2 × 100 × 0.142 = $28.40", () => {
    const p = ecsEc2("ap-northeast-1", { rootVolumeType: "io2", rootVolumeGib: 100, rootVolumeIops: 70000 });
    expect(usd(p, ":root-volume-io2-iops-tier-1")).toBe("4736");
    expect(usd(p, ":root-volume-io2-iops-tier-2")).toBe("3315.2");
    expect(usd(p, ":root-volume-io2-iops-tier-3")).toBe("435.12");
    expect(usd(p, ":root-volumes")).toBe("28.4");
    expect(p.lines.some((l) => l.id.endsWith(":root-volume-iops"))).toBe(false); // gp3's excess-IOPS line is not added
  });

  it("a region without io2 rows (us-east-1 in the snapshot) lists the rates as missing: incomplete, never guessed", () => {
    const p = ecsEc2("us-east-1", { rootVolumeType: "io2", rootVolumeIops: 3000 });
    expect(p.status).toBe("incomplete");
    expect(p.missingRates.map((m) => m.usage)).toEqual(expect.arrayContaining(["ebs/io2/gb-months", "ebs/io2/iops-tier-1/iops-months"]));
  });

  it("bad input names the field: io2 above 1,000 IOPS per GiB, gp3 outside 3,000–16,000, throughput on a non-gp3 volume", () => {
    const fieldOf = (ec2: object) => {
      try {
        ecsEc2("ap-northeast-1", ec2);
      } catch (error) {
        return isCoreError(error) ? `${error.field}: ${error.message}` : String(error);
      }
      return "no error";
    };
    expect(fieldOf({ rootVolumeType: "io2", rootVolumeGib: 30, rootVolumeIops: 40000 })).toMatch(
      /^ec2\.rootVolumeIops: .*io2 allows at most 1000 IOPS per GiB: 30 GiB takes up to 30000/,
    );
    expect(() => ecsEc2("us-east-1", { rootVolumeIops: 20000 })).toThrow(/gp3 volumes take 3000 to 16000 IOPS/);
    expect(() => ecsEc2("us-east-1", { rootVolumeType: "io2", rootVolumeThroughputMibps: 500 })).toThrow(/gp3 volumes only/);
  });
});
