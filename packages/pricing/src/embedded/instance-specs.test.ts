import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { ec2OnDemandRates, instanceSpecs } from "./ec2-rows";

// Rows as in derived/ec2_instance_specs.csv and the Karpenter on-demand list (S5, S27, S29).
describe("instanceSpecs (the catalog the EC2 bin-packing reads)", () => {
  const specs = instanceSpecs(
    parseCsv(
      [
        "instance_type,vcpu,memory_gib,architecture,gpu_count,max_enis,ipv4_per_eni,eks_max_pods,source_id",
        "m5.large,2,8,x86_64,0,3,10,29,S27;S29",
        "m1.small,1,1.69921875,x86_64,0,2,4,8,S27;S29",
        "m7g.xlarge,4,16,arm64,0,4,15,58,S27;S29",
      ].join("\n"),
    ),
  );

  it.each([
    {
      label: "m5.large: 3 ENIs × (10 − 1) + 2 = 29 pods",
      index: 0,
      expected: { instanceType: "m5.large", vcpu: 2, memoryGib: "8", architecture: "x86_64", maxEnis: 3, ipv4PerEni: 10, eksMaxPods: 29 },
    },
    { label: "m1.small keeps the exact 1740 MiB ÷ 1024 string", index: 1, expected: { memoryGib: "1.69921875" } },
    { label: "arm64 stays arm64", index: 2, expected: { architecture: "arm64", eksMaxPods: 58 } },
  ])("$label", ({ index, expected }) => {
    expect(specs[index]).toMatchObject(expected);
  });
});

describe("ec2OnDemandRates", () => {
  it("maps a Karpenter row to an instance-hour rate with its generation date (S5)", () => {
    const [rate] = ec2OnDemandRates(
      parseCsv(
        [
          "region,instance_type,usd_per_hour,operating_system,tenancy,pre_installed_sw,capacity_status,generated_at",
          "us-east-1,m5.large,0.096000,Linux,Shared,NA,Used,2026-07-20T13:44:30Z",
        ].join("\n"),
      ),
    );
    expect(rate).toMatchObject({
      usage: "ec2/on-demand/linux/m5.large",
      priceUsd: "0.096000",
      unit: "instance-hour",
      sourceId: "S5",
      asOf: "2026-07-20",
    });
  });
});
