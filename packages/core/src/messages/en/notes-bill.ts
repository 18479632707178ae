/** Notes of the lines every pattern pays (patterns/shared-extras.ts, whole-bill.ts, resources/). */
export const BILL_NOTE_TEMPLATES = {
  // what the bill leaves out (issue 15): scenario/not-estimated.ts
  USAGE_NOT_ESTIMATED: "not estimated (usage left at 0): {label} — set {inputs} to include it",
  NOTE_NAT_AVOIDED_BY_ENDPOINTS: "NAT gateway data processed: {gb} GB carried by interface endpoints instead (not charged NAT processing).",
  NOTE_SUPPORT_LOWER_BOUND: "AWS Support is a share of an incomplete AWS bill here: it is a lower bound too.",
  NOTE_CONTAINER_INSIGHTS_EKS_FARGATE:
    "Container Insights with enhanced observability is not supported for EKS on Fargate: not billed (use the OpenTelemetry collector instead, not modelled).",
  NOTE_CONTAINER_INSIGHTS_ECS_APPROXIMATION:
    "Container Insights (ECS): AWS's per-cluster and per-pod observation rates (documented for EKS) are applied per ECS cluster and task — an approximation.",
} as const satisfies Record<string, string>;
