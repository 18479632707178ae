import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { InstanceSpecSchema } from "../price-book/instance-spec";
import { Ec2Schema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { BYTES_PER_MIB } from "../units/data-size";
import { capacitySettings } from "./capacity-settings";
import { nodeCapacity, specMemoryMib } from "./node-capacity";

const book = embeddedPriceBook();
const m5Large = book.instance("m5.large");
if (!m5Large) throw new Error("m5.large missing");

describe("nodeCapacity (m5.large: 2 vCPU, 8192 MiB, 29 pods)", () => {
  // Defaults: 7.5 % VM overhead = ⌈8192 × 0.075⌉ = ⌈614.4⌉ = 615 MiB; agents log 100m/100Mi + metrics 200m/200Mi.
  it.each([
    {
      label: "ECS: 8192 − 615 − ECS_RESERVED_MEMORY 256 − agents 300 = 7021 MiB; 2000m − 300m agents",
      orchestrator: "ecs" as const,
      ec2: {},
      cpu: 1700,
      memoryMib: 7021,
      maxTasks: Number.MAX_SAFE_INTEGER,
    },
    {
      label:
        "EKS: 8192 − 615 − kubeReserved 574 − eviction 100 − agents 300 = 6603 MiB; 2000 − 70 − (300 + aws-node 25 + kube-proxy 100); 29 − 4 agent pods",
      orchestrator: "eks" as const,
      ec2: {},
      cpu: 1505,
      memoryMib: 6603,
      maxTasks: 25,
    },
    {
      label: "EKS, prefix delegation: kubeReserved 11 × 110 + 255 = 1465 → 8192 − 615 − 1465 − 100 − 300 = 5712 MiB; 110 − 4 pods",
      orchestrator: "eks" as const,
      ec2: { eksMaxPodsMode: "prefix-delegation" },
      cpu: 1505,
      memoryMib: 5712,
      maxTasks: 106,
    },
    {
      label: "ECS with no overhead, no reservation, no agents: the whole node",
      orchestrator: "ecs" as const,
      ec2: { memoryOverheadPercent: 0, ecsReservedMemoryMib: 0, daemonSets: [] },
      cpu: 2000,
      memoryMib: 8192,
      maxTasks: Number.MAX_SAFE_INTEGER,
    },
  ])("$label", ({ orchestrator, ec2, cpu, memoryMib, maxTasks }) => {
    const capacity = nodeCapacity(m5Large, capacitySettings(Ec2Schema.parse(ec2), orchestrator));
    expect(capacity.allocatableCpuMillicores).toBe(cpu);
    expect(capacity.allocatableMemoryBytes).toBe(memoryMib * BYTES_PER_MIB);
    expect(capacity.maxTasks).toBe(maxTasks);
  });

  it("20 % headroom packs only 80 % of allocatable: ⌊1700 × 0.8⌋ = 1360m, ⌊7021 MiB × 0.8⌋ bytes", () => {
    const capacity = nodeCapacity(m5Large, capacitySettings(Ec2Schema.parse({ headroomPercent: 20 }), "ecs"));
    expect(capacity.packCpuMillicores).toBe(1360);
    expect(capacity.packMemoryBytes).toBe(Math.floor((7021 * BYTES_PER_MIB * 8) / 10));
  });

  it("a percentage finer than 0.01 % is rejected with the field named", () => {
    expect(() => capacitySettings(Ec2Schema.parse({ headroomPercent: 12.345 }), "ecs")).toThrow(/ec2.headroomPercent/);
  });
});

describe("specMemoryMib: ⌊GiB × 1024⌋ without decimals where the figure is whole MiB (issue 18)", () => {
  const decimalMib = (gib: string): number => new Decimal(gib).times(1024).floor().toNumber();

  it("equals the decimal computation for every type of the embedded catalog (m5.large 8 GiB → 8192, t3.nano 0.5 GiB → 512)", () => {
    expect(book.instanceTypes.length).toBeGreaterThan(1000);
    for (const spec of book.instanceTypes) expect(specMemoryMib(spec), spec.instanceType).toBe(decimalMib(spec.memoryGib));
    expect(specMemoryMib(m5Large)).toBe(8192);
  });

  it("equals the decimal computation for any GiB figure, whole MiB or not (fast path and fallback)", () => {
    const base = book.instanceTypes[0];
    if (!base) throw new Error("empty catalog");
    const gib = fc.oneof(
      fc.integer({ min: 1, max: 2 ** 30 }).map((mib) => String(mib / 1024)), // whole MiB, up to 1 PiB (the fallback above 99,999 GiB)
      fc.double({ min: 0.001, max: 1e6, noNaN: true }).map(String), // anything else: the decimal path
      fc.constantFrom("0.49999999999999999999", "0.50000000000000000001", "8.0000000000", "3.750"), // near a whole MiB, long strings
    );
    fc.assert(
      fc.property(gib, (memoryGib) => {
        const spec = InstanceSpecSchema.parse({ ...base, memoryGib });
        expect(specMemoryMib(spec)).toBe(decimalMib(memoryGib));
      }),
    );
  });
});
