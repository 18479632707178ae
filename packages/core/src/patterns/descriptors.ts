import type { RecurringActivityId } from "../ops/activity-defaults";
import { FIRST_CLUSTER_HOURS } from "../ops/activity-defaults";
import type { Band } from "../ops/bands";
import { ec2ReuseKey, estimateEc2Pattern } from "./ec2-pattern";
import { estimateEcsFargate } from "./ecs-fargate";
import { estimateEksFargate } from "./eks-fargate";
import { estimateManagedNodes, managedReuseKey } from "./managed-nodes/estimate-managed-nodes";
import { PATTERN_IDS, type PatternEstimate, type PatternId, type PatternContext, type PatternRef } from "./pattern";

export type { OrchestratorKind, DataPlaneKind, PatternContext } from "./pattern";

/**
 * A pattern, declared once: every property the model or a face needs is read from here, never
 * derived from the id string. Adding a pattern = one folder with its estimator + one entry below
 * (and the `Record<PatternId, …>` entries the compiler then asks for: ops hours, trade-off cells).
 */
export type PatternDescriptor = PatternRef & {
  /** Key of this pattern's cell in every `TRADE_OFF_MATRIX` row. */
  matrixColumn: PatternId;
  /** Ops hours of the first cluster per recurring activity (ops-effort.md §3). */
  firstClusterHours: Record<RecurringActivityId, Band>;
  /** Prices the pattern's AWS bill (every AWS charge is one of its lines). */
  estimate: (context: PatternContext) => PatternEstimate;
  /**
   * In a totals-only run: a key such that two runs of one analysis with the same key get the same estimate
   * (pattern-reuse.ts), or null when no such key is cheap. Absent: never reused.
   */
  reuseKey?: (context: PatternContext) => string | null;
};

type Facts = Omit<PatternDescriptor, "id" | "matrixColumn" | "firstClusterHours">;

const classic = { classic: true, managedNodes: null } as const;

const FACTS: Record<PatternId, Facts> = {
  "ecs-fargate": { orchestrator: "ecs", dataPlane: "fargate", label: "ECS on Fargate", ...classic, estimate: estimateEcsFargate },
  "ecs-ec2": {
    orchestrator: "ecs",
    dataPlane: "ec2",
    label: "ECS on EC2",
    ...classic,
    estimate: estimateEc2Pattern,
    reuseKey: ec2ReuseKey,
  },
  "eks-fargate": { orchestrator: "eks", dataPlane: "fargate", label: "EKS on Fargate", ...classic, estimate: estimateEksFargate },
  "eks-ec2": {
    orchestrator: "eks",
    dataPlane: "ec2",
    label: "EKS on EC2",
    ...classic,
    estimate: estimateEc2Pattern,
    reuseKey: ec2ReuseKey,
  },
  // AWS runs the EC2 nodes for a per-instance fee (issue 16): patterns/managed-nodes/
  "ecs-managed-instances": {
    orchestrator: "ecs",
    dataPlane: "ec2",
    label: "ECS Managed Instances",
    classic: false,
    managedNodes: "ecs-managed-instances",
    estimate: estimateManagedNodes,
    reuseKey: managedReuseKey,
  },
  "eks-auto-mode": {
    orchestrator: "eks",
    dataPlane: "ec2",
    label: "EKS Auto Mode",
    classic: false,
    managedNodes: "eks-auto-mode",
    estimate: estimateManagedNodes,
    reuseKey: managedReuseKey,
  },
};

/** Every pattern in PATTERN_IDS order (the order of every result and table). */
export const PATTERN_DESCRIPTORS: readonly PatternDescriptor[] = PATTERN_IDS.map((id) => ({
  id,
  matrixColumn: id,
  firstClusterHours: FIRST_CLUSTER_HOURS[id],
  ...FACTS[id],
}));

/** English labels by id (derived from the descriptors). */
export const PATTERN_LABELS = Object.fromEntries(PATTERN_DESCRIPTORS.map((d) => [d.id, d.label])) as Record<PatternId, string>;

/** @example patternDescriptor("eks-ec2").orchestrator //=> "eks" */
export function patternDescriptor(id: PatternId): PatternDescriptor {
  const found = PATTERN_DESCRIPTORS.find((d) => d.id === id);
  if (!found) throw new Error(`unknown pattern ${String(id)}`); // unreachable: PatternId is a closed union
  return found;
}

/** Ids of the patterns matching a predicate on the descriptor. @example patternIdsWhere((d) => d.dataPlane === "fargate") //=> ["ecs-fargate", "eks-fargate"] */
export function patternIdsWhere(predicate: (d: PatternDescriptor) => boolean): PatternId[] {
  return PATTERN_DESCRIPTORS.filter(predicate).map((d) => d.id);
}
