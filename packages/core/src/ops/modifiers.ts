import type { OrchestratorKind } from "./drivers";
import { band, type Band } from "./bands";

/**
 * Scaling rules and modifiers of the ops model — shared/research/ops-effort.md §3.1 unless noted.
 * Every rule is additive or multiplicative on the first-cluster hours of `activity-defaults.ts`,
 * and every value is a band (low / typical / high). The rules are applied in this order:
 * 1. data-plane modifiers (Bottlerocket) scale the base hours (EKS Auto Mode and ECS Managed Instances are
 *    patterns with their own first-cluster hours since issue 16: managed-node-hours.ts);
 * 2. extra clusters/environments multiply; 3. services above the baseline multiply;
 * 4. nodes above 25 and node groups beyond the first add hours.
 */

/** Each additional cluster/environment of the same pattern adds this share of first-cluster hours (§3.1; F8). */
export const EXTRA_CLUSTER_SHARE: Band = band("0.25", "0.40", "0.60");

/**
 * EC2 fleet size (§3.1; F15–F16, low confidence): + hours per month per 25 nodes above 25, added to each
 * of the activities host patching and capacity & scaling. Linear in the node count (no steps), so more
 * nodes never mean fewer hours.
 */
export const NODE_FLEET_RULE = {
  freeNodes: 25,
  nodesPerBlock: 25,
  hoursPerBlock: band("0.25", "0.5", "1"),
  activities: ["host-patching", "capacity-scaling"] as const,
  sources: "ops-effort.md §3.1; F15–F16",
};

/**
 * Node groups beyond the first (another AMI family/architecture to roll): + one more monthly rollout
 * of people time on host patching, 1 / 2 / 3 h (derivation 3: a rollout ≈2–3 h plus triage; judgement).
 */
export const EXTRA_NODE_GROUP_HOURS: Band = band("1", "2", "3");

/**
 * Services above the research's unit (≈10–30 services): each 10 more add this share to incidents and
 * capacity & scaling. Judgement only — the research has no evidence on this driver; set hours to
 * override, or read the band as the uncertainty.
 */
export const SERVICE_RULE = {
  baselineServices: 30,
  servicesPerStep: 10,
  sharePerStep: band("0.05", "0.10", "0.15"),
  activities: ["incidents", "capacity-scaling"] as const,
  sources: "judgement (ops-effort.md §3 unit: ≈10–30 services)",
};

/** Bottlerocket with an automated updater: host patching × 0.5 (F14, judgement). */
export const BOTTLEROCKET_HOST_PATCHING_FACTOR = "0.5";

/** One-time onboarding hours per engineer joining, by orchestrator (§3.1, anchored on F31). */
export const ONBOARDING_HOURS_PER_ENGINEER: Record<OrchestratorKind, Band> = {
  ecs: band("16", "40", "80"),
  eks: band("40", "120", "240"),
};

/**
 * Upgrade hours while staying in extended support, as a share of the upgrading path's hours:
 * 1 — the long-run number of minor hops is the release rate whatever the batching (derivation 1;
 * F1, F2, F4), so lagging only moves the work and adds the extended-support fee.
 */
export const EXTENDED_SUPPORT_UPGRADE_HOURS_FACTOR = "1";
