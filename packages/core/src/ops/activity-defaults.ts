import type { PatternId } from "../patterns/pattern";
import type { OpsActivityId } from "../scenario/ops-schema";
import { band, type Band } from "./bands";
import { managedHoursBands } from "./managed-node-hours";

/**
 * Default engineer-hours per month for the FIRST production cluster of a pattern (moderate size:
 * ≈10–30 services, ≈10–30 EC2 nodes), low / typical / high — shared/research/ops-effort.md §3,
 * whose evidence ids (F1–F41) are cited per row. Onboarding is one-time per engineer: see
 * `ONBOARDING_HOURS_PER_ENGINEER` in modifiers.ts.
 *
 * Column totals (checked in tests against the research's "Total per first cluster" row):
 * ECS/Fargate 1.75 / 4.5 / 12.5, ECS/EC2 4 / 11.5 / 30, EKS/Fargate 4 / 11.5 / 33, EKS/EC2 7.5 / 25.5 / 70.
 */
export type RecurringActivityId = Exclude<OpsActivityId, "onboarding">;

export type ActivityDefinition = {
  id: OpsActivityId;
  label: string;
  /** One line: why this work exists and what it covers. */
  reason: string;
  /** Evidence ids in shared/research/ops-effort.md. */
  sources: string;
};

export const ACTIVITY_DEFINITIONS: Record<OpsActivityId, ActivityDefinition> = {
  "orchestrator-upgrades": {
    id: "orchestrator-upgrades",
    label: "Orchestrator version upgrades",
    reason: "≈3 Kubernetes minor releases a year, one hop at a time, ≈6/20/60 h per hop (derivations 1–2); ECS has no version to upgrade",
    sources: "F1–F4, F6–F8",
  },
  "add-on-lifecycle": {
    id: "add-on-lifecycle",
    label: "Add-on & agent lifecycle",
    reason: "CNI, CoreDNS, kube-proxy, LB controller, autoscaler, CSI and agents track each minor version; ECS: sidecars, FireLens",
    sources: "F5, F22; judgement",
  },
  "host-patching": {
    id: "host-patching",
    label: "Host OS/AMI patching & node rotation",
    reason: "AMIs ship 1.5–6×/month; one monthly rollout ≈2–3 h plus ≈1 h CVE triage (derivation 3); Fargate: task retirement only",
    sources: "F11–F17, F21",
  },
  "capacity-scaling": {
    id: "capacity-scaling",
    label: "Capacity & scaling management",
    reason: "instance types, ASGs/capacity providers/Karpenter, bin-packing, Spot; Fargate: task/pod right-sizing",
    sources: "F23–F24, F27; judgement",
  },
  incidents: {
    id: "incidents",
    label: "Platform incidents & troubleshooting",
    reason: "platform-layer incidents; ≈23 h/month per Kubernetes team is the high anchor (derivation 4)",
    sources: "F10; judgement",
  },
  "access-security": {
    id: "access-security",
    label: "Access, policy & security hygiene",
    reason: "IAM/RBAC, admission policies, benchmarks, audit evidence",
    sources: "judgement (ops-effort.md §3 row 6)",
  },
  onboarding: {
    id: "onboarding",
    label: "Onboarding & learning",
    reason: "one-time hours per engineer joining (ECS 16/40/80 h, EKS 40/120/240 h), amortised over 12 months",
    sources: "F31; judgement",
  },
};

/** ops-effort.md §3, one row per activity, one column per pattern (low / typical / high). */
export const FIRST_CLUSTER_HOURS: Record<PatternId, Record<RecurringActivityId, Band>> = {
  "ecs-fargate": {
    "orchestrator-upgrades": band("0", "0", "0"),
    "add-on-lifecycle": band("0.25", "0.5", "1.5"),
    "host-patching": band("0", "0.5", "2"),
    "capacity-scaling": band("0.5", "1", "3"),
    incidents: band("0.5", "1.5", "4"),
    "access-security": band("0.5", "1", "2"),
  },
  "ecs-ec2": {
    "orchestrator-upgrades": band("0", "0", "0"),
    "add-on-lifecycle": band("0.5", "1", "3"),
    "host-patching": band("1", "3", "8"),
    "capacity-scaling": band("1", "3", "8"),
    incidents: band("1", "3", "8"),
    "access-security": band("0.5", "1.5", "3"),
  },
  "eks-fargate": {
    "orchestrator-upgrades": band("1", "3.5", "10"),
    "add-on-lifecycle": band("0.5", "1.5", "4"),
    "host-patching": band("0", "0.5", "2"),
    "capacity-scaling": band("0.5", "1", "3"),
    incidents: band("1", "3", "10"),
    "access-security": band("1", "2", "4"),
  },
  "eks-ec2": {
    "orchestrator-upgrades": band("1.5", "5", "15"),
    "add-on-lifecycle": band("1", "4", "10"),
    "host-patching": band("1", "4", "10"),
    "capacity-scaling": band("1", "4", "10"),
    incidents: band("2", "6", "20"),
    "access-security": band("1", "2.5", "5"),
  },
  // AWS runs the nodes (issue 16): sourced per activity in managed-node-hours.ts
  "ecs-managed-instances": managedHoursBands("ecs-managed-instances"),
  "eks-auto-mode": managedHoursBands("eks-auto-mode"),
};
