/**
 * Issue 16 goldens (tests/golden/estimate-managed-*; written by golden-estimate.test.ts): the two managed-node
 * patterns' figures derived by hand from the published rates, so a golden rewrite cannot silently move them.
 * Rates: EC2 m7i.large $0.1008/h (S5), gp3 $0.08/GB-month (S14), ALB $0.0225/h (S11), IPv4 $0.005/h (S40), EKS
 * $0.10/cluster-hour (S7); EKS Auto Mode m7i.large fee $0.0121/h (fee table, S40); ECS Managed Instances has no
 * us-east-1 m7i.large row, so 12 % × 0.1008 = 0.012096 → $0.0121/h (the rule, labelled derived). Engineer $90/h.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";

type Line = { id: string; name: string; quantity: string; rateUsd: string; monthlyUsd: string; rate: { basis?: string } };
type Json = {
  patterns: { id: string; status: string; monthlyUsd: string | null; lines: Line[] }[];
  tco: { patterns: { id?: string; patternId?: string; monthlyUsd: { typical: string } | null }[] };
  recommendation: { pattern: string | null };
};
const golden = (name: string): Json => JSON.parse(readFileSync(join(repoPath("tests/golden"), name, "expected.json"), "utf8")) as Json;
const pattern = (json: Json, id: string) => json.patterns.find((p) => p.id === id)!;
const tcoTypical = (json: Json, id: string) => json.tco.patterns.find((t) => (t.id ?? t.patternId) === id)?.monthlyUsd?.typical;
const feeOf = (json: Json, id: string) => pattern(json, id).lines.find((l) => l.id.endsWith(":management-fee"))!;

describe("small web app (3 × 0.5 vCPU / 1 GiB on one m7i.large), managed-node patterns", () => {
  const json = golden("estimate-managed-small-web");
  it("all six patterns are priced, the classic four first", () => {
    expect(json.patterns.map((p) => `${p.id} ${p.status}`)).toEqual([
      "ecs-fargate priced",
      "ecs-ec2 priced",
      "eks-fargate priced",
      "eks-ec2 priced",
      "ecs-managed-instances priced",
      "eks-auto-mode priced",
    ]);
  });
  it("ECS Managed Instances: node 730 × 0.1008 = 73.584 + root 30 × 0.08 = 2.4 + fee 730 × 0.0121 = 8.833 (derived) + ALB 16.425 + IPv4 7.30 = 108.542", () => {
    expect(pattern(json, "ecs-managed-instances").monthlyUsd).toBe("108.542");
    expect([feeOf(json, "ecs-managed-instances").monthlyUsd, feeOf(json, "ecs-managed-instances").rate.basis]).toEqual([
      "8.833",
      "derived",
    ]);
  });
  it("EKS Auto Mode: the same + the $73 cluster fee, its fee from the table (not derived) = 181.542", () => {
    expect(pattern(json, "eks-auto-mode").monthlyUsd).toBe("181.542");
    expect(feeOf(json, "eks-auto-mode").rate.basis).toBeUndefined();
  });
  it("typical TCO: ECS MI 108.542 + (6 h + 40 h onboarding ÷ 12) × $90 = 948.542; Auto Mode 181.542 + (16 h + 120 ÷ 12) × $90 = 2521.542", () => {
    expect(tcoTypical(json, "ecs-managed-instances")).toBe("948.542");
    expect(tcoTypical(json, "eks-auto-mode")).toBe("2521.542");
  });
});

describe("20-service estate (40 tasks of 1 vCPU / 2 GiB, one per m7i.large: allocatable CPU < 2000m), managed-node patterns", () => {
  const json = golden("estimate-managed-20-services");
  it("ECS Managed Instances: 40 nodes × 730 h = 29,200 h × 0.1008 = 2943.36 + 1,200 GB × 0.08 = 96 + fee 29,200 × 0.0121 = 353.32 + ALB 16.425 + IPv4 7.30 = 3416.405", () => {
    expect(feeOf(json, "ecs-managed-instances").quantity).toBe("29200");
    expect(pattern(json, "ecs-managed-instances").monthlyUsd).toBe("3416.405");
  });
  it("EKS Auto Mode: the same + $73 = 3489.405 (EKS reservations leave 1805m: still one 1000m pod per node)", () => {
    expect(pattern(json, "eks-auto-mode").monthlyUsd).toBe("3489.405");
  });
  it("typical TCO with 40 nodes (capacity + 0.5 h × (40 − 25) ÷ 25 = 0.3 h; AWS patches, so no fleet hours on host patching): ECS MI (6.3 + 3.3333…) × 90 = 867 → 4283.405; Auto Mode (16.3 + 10) × 90 = 2367 → 5856.405", () => {
    expect(tcoTypical(json, "ecs-managed-instances")).toBe("4283.405");
    expect(tcoTypical(json, "eks-auto-mode")).toBe("5856.405");
  });
  it("ECS MI's TCO is below ECS on EC2's (4452.085): the fee ($353.32) costs less than the 5.5 h of host and capacity work AWS takes over", () => {
    expect(tcoTypical(json, "ecs-ec2")).toBe("4452.085");
  });
});
