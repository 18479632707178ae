import { describe, expect, it } from "vitest";
import { modelScenario } from "../model/model-scenario";
import { Decimal } from "../money/decimal";
import type { PersistentVolume } from "../scenario/persistent-volume-schema";
import type { ScenarioInput } from "../scenario/scenario-schema";

type PersistentVolumeInput = PersistentVolume;
import { embeddedPriceBook } from "../snapshot/embedded";
import { volumeGbMonths } from "./persistent-volumes";

const book = embeddedPriceBook();
const statefulSet = (volumes: PersistentVolumeInput[], extra: object = {}): ScenarioInput => ({
  region: "us-east-1",
  services: [{ name: "db", taskCount: 3, vcpu: 0.5, memoryGib: 1, persistentVolumes: volumes, ...extra }],
});
const pattern = (input: ScenarioInput, id: string) => {
  const found = modelScenario(input, book).patterns.find((p) => p.descriptor.id === id);
  if (!found) throw new Error(id);
  return found.bill;
};

describe("persistent volumes (issue 22 item 4)", () => {
  it("hand derivation: 3 replicas × 10 GiB gp3 in us-east-1 = 30 GB-month × $0.08 (S14) = $2.40 on every pattern that runs it", () => {
    const input = statefulSet([{ name: "data", kind: "gp3", sizeGib: 10 }]);
    for (const id of ["ecs-fargate", "ecs-ec2", "eks-ec2"]) {
      const line = pattern(input, id).lines.find((l) => l.id === "svc:db:volume:data");
      expect(line?.quantity.toString()).toBe("30");
      expect(line?.monthlyUsd.toFixed(2)).toBe("2.40");
    }
  });

  it("gp2 at its own rate: 3 × 10 GiB × $0.10 = $3.00; a fixed count is billed all month whatever the tasks do", () => {
    const gp2 = pattern(statefulSet([{ name: "data", kind: "gp2", sizeGib: 10 }]), "ecs-fargate");
    expect(gp2.lines.find((l) => l.id === "svc:db:volume:data")?.monthlyUsd.toFixed(2)).toBe("3.00");
    expect(volumeGbMonths({ name: "pvc", kind: "gp3", sizeGib: 20, count: 1 }, 3, new Decimal(100)).toString()).toBe("20");
  });

  it("a per-task volume of a part-time service lives while its tasks run: 2 tasks × 100 GiB × 365/730 = 100 GB-month", () => {
    expect(volumeGbMonths({ name: "scratch", kind: "gp3", sizeGib: 100 }, 2, new Decimal(365)).toString()).toBe("100");
  });

  it("EBS-backed volumes rule out EKS on Fargate (EKS docs: Fargate pods cannot mount EBS) but not ECS on Fargate", () => {
    const input = statefulSet([{ name: "data", kind: "gp3", sizeGib: 10 }]);
    expect(pattern(input, "eks-fargate").status).toBe("ruled-out");
    expect(pattern(input, "eks-fargate").reasons[0]?.params.constraint).toBe("CONSTRAINT_EBS_VOLUMES_EKS_FARGATE");
    expect(pattern(input, "ecs-fargate").status).toBe("priced");
  });

  it("EFS has no rate in the price data: a missing rate, the pattern a lower bound, a note — and EKS on Fargate stays in", () => {
    const input = statefulSet([{ name: "shared", kind: "efs", sizeGib: 50, count: 1 }]);
    const bill = pattern(input, "eks-fargate");
    expect(bill.status).toBe("incomplete");
    expect(bill.lowerBound).toBe(true);
    expect(bill.missingRates.map((m) => m.usage)).toEqual(["efs/standard/gb-months"]);
    expect(bill.notes.map((n) => n.code)).toContain("NOTE_EFS_NOT_PRICED");
  });

  it("bounds: a gp3 volume above 16,384 GiB and a count of 0 are input errors naming the field", () => {
    expect(() => modelScenario(statefulSet([{ name: "big", kind: "gp3", sizeGib: 20_000 }]), book)).toThrow(/sizeGib/);
    expect(() => modelScenario(statefulSet([{ name: "none", kind: "efs", sizeGib: 1, count: 0 }]), book)).toThrow(/count/);
  });
});
