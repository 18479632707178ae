/**
 * Why each ops activity exists and what it covers (ops/activity-defaults.ts `reasonMessage`; the
 * activity's name is its OPS_ACTIVITY_* code in lines.ts). The figures are parameters: the research's
 * numbers (shared/research/ops-effort.md §3 and its derivations), so a translation never retypes them.
 */
export const OPS_ACTIVITY_TEMPLATES = {
  OPS_REASON_ORCHESTRATOR_UPGRADES:
    "≈{releasesPerYear} Kubernetes minor releases a year, one hop at a time, ≈{hopHours} h per hop (derivations 1–2); ECS has no version to upgrade",
  OPS_REASON_ADD_ON_LIFECYCLE:
    "CNI, CoreDNS, kube-proxy, LB controller, autoscaler, CSI and agents track each minor version; ECS: sidecars, FireLens",
  OPS_REASON_HOST_PATCHING:
    "AMIs ship {amiReleasesPerMonth}×/month; one monthly rollout ≈{rolloutHours} h plus ≈{triageHours} h CVE triage (derivation 3); Fargate: task retirement only",
  OPS_REASON_CAPACITY_SCALING: "instance types, ASGs/capacity providers/Karpenter, bin-packing, Spot; Fargate: task/pod right-sizing",
  OPS_REASON_INCIDENTS: "platform-layer incidents; ≈{highAnchorHours} h/month per Kubernetes team is the high anchor (derivation 4)",
  OPS_REASON_ACCESS_SECURITY: "IAM/RBAC, admission policies, benchmarks, audit evidence",
  OPS_REASON_ONBOARDING: "one-time hours per engineer joining (ECS {ecsHours} h, EKS {eksHours} h), amortised over {months} months",
} as const satisfies Record<string, string>;
