import { z } from "zod";
import { CURRENCIES } from "../currency/currency";
import { LABOUR_MARKET_IDS } from "../ops/labour-markets";
import { PATTERN_IDS } from "../patterns/pattern";

/** The three effort/price bands of the ops model (shared/research/ops-effort.md §3). */
export const OPS_LEVELS = ["low", "typical", "high"] as const;
export type OpsLevel = (typeof OPS_LEVELS)[number];

/** The activities of the ops model, in the research table's order (§3 rows 1–6, §3.1 onboarding). */
export const OPS_ACTIVITY_IDS = [
  "orchestrator-upgrades",
  "add-on-lifecycle",
  "host-patching",
  "capacity-scaling",
  "incidents",
  "access-security",
  "onboarding",
] as const;
export type OpsActivityId = (typeof OPS_ACTIVITY_IDS)[number];

export const UPGRADE_POLICIES = ["upgrade", "stay-on-extended-support"] as const;
export type UpgradePolicy = (typeof UPGRADE_POLICIES)[number];

const HoursSchema = z.number().min(0).max(10_000);

/**
 * An hours override for one activity: a number replaces all three bands; an object replaces the
 * bands it names. Hours are engineer-hours per month for the FIRST cluster, before scaling rules.
 */
export const HoursOverrideSchema = z.union([
  HoursSchema,
  z.strictObject({ low: HoursSchema.optional(), typical: HoursSchema.optional(), high: HoursSchema.optional() }),
]);
export type HoursOverride = z.output<typeof HoursOverrideSchema>;

/**
 * Overrides of the scaling rules' coefficients (ops-effort.md §3.1), each a number (all bands) or
 * { low, typical, high }. Omitted = the sourced defaults in ops/modifiers.ts.
 */
export const ScalingRulesSchema = z.strictObject({
  /** Share of first-cluster hours each extra cluster/environment adds (default 0.25 / 0.40 / 0.60). */
  extraClusterShare: HoursOverrideSchema.optional(),
  /** Hours per 25 EC2 nodes above 25, on host patching and capacity (default 0.25 / 0.5 / 1). */
  hoursPer25NodesAbove25: HoursOverrideSchema.optional(),
  /** Host-patching hours per AMI family beyond the first (default 1 / 2 / 3). */
  extraAmiFamilyHours: HoursOverrideSchema.optional(),
  /** Share added to incidents and capacity per 10 services above 30 (default 0.05 / 0.10 / 0.15). */
  sharePer10ServicesAbove30: HoursOverrideSchema.optional(),
  /** One-time onboarding hours per engineer joining (default ECS 16 / 40 / 80, EKS 40 / 120 / 240). */
  onboardingHoursPerEngineer: z.strictObject({ ecs: HoursOverrideSchema.optional(), eks: HoursOverrideSchema.optional() }).optional(),
});
export type ScalingRulesInput = z.output<typeof ScalingRulesSchema>;

const PatternKeySchema = z.enum(PATTERN_IDS);
const ActivityKeySchema = z.enum(OPS_ACTIVITY_IDS);

/** Workload features that decide feasibility, not price (trade-off constraints). All default off. */
export const WorkloadFeaturesSchema = z.strictObject({
  /** Names of services that need GPUs (no GPUs on Fargate: F22, F24). */
  gpuServices: z.array(z.string().min(1).max(255)).max(5000).default([]),
  /** The platform relies on DaemonSets (log/metric/security agents per node): flags EKS on Fargate (F22). */
  daemonSets: z.boolean().default(false),
  /** Containers need privileged mode or host networking (invalid on Fargate: F22, F24). */
  privileged: z.boolean().default(false),
  /** Spot: "none", "preferred" (use where possible) or "required" (rules out EKS on Fargate, which has no Spot). */
  spot: z.enum(["none", "preferred", "required"]).default("none"),
});
export type WorkloadFeatures = z.output<typeof WorkloadFeaturesSchema>;

/**
 * People time and decision inputs (issue 6). Every default is sourced in shared/research/ops-effort.md
 * (ids F1–F41) and listed in the analysis output's assumptions.
 */
export const OpsSchema = z.strictObject({
  /** Which band drives the headline TCO, break-even and recommendation (low/high are always shown too). */
  level: z.enum(OPS_LEVELS).default("typical"),
  /**
   * Whose engineer rates: "us" (BLS: $62 / $90 / $150 per hour, F35–F38) or "jp" (MHLW/METI: ¥3,500 / ¥5,000 /
   * ¥8,000, F39–F41). Omitted = "us"; faces suggest "jp" for ap-northeast-1/-3 and the Japanese UI, visibly.
   */
  labourMarket: z.enum(LABOUR_MARKET_IDS).optional(),
  /** An explicit loaded engineer rate per hour with its currency, e.g. { amount: 6000, currency: "JPY" } (replaces the market default). */
  engineerHourly: z.strictObject({ amount: z.number().positive().max(1_000_000), currency: z.enum(CURRENCIES) }).optional(),
  /** Loaded engineer cost in USD per hour (same as engineerHourly with currency USD). */
  engineerHourlyUsd: z.number().positive().max(10_000).optional(),
  rateLevel: z.enum(OPS_LEVELS).default("typical"),
  /** Production clusters/environments per pattern; default: eks.clusterCount. */
  environments: z.number().int().min(1).max(1000).optional(),
  /** Kubernetes minor upgrades: keep up ("upgrade") or sit in extended support ($0.60 instead of $0.10/cluster-hour). Default from eks.supportTier. */
  upgradePolicy: z.enum(UPGRADE_POLICIES).optional(),
  /**
   * Kept so old scenarios still parse (issue 16): EKS Auto Mode is now its own pattern, `eks-auto-mode`, priced
   * side by side with EKS on EC2 (which is self-managed nodes). `true` no longer changes EKS on EC2; it adds a
   * note saying so and makes the web show the two managed-node patterns. See docs/ops-and-tco.md.
   */
  eksAutoMode: z.boolean().default(false),
  /** EC2 nodes run Bottlerocket with an automated updater: host patching × 0.5 (F14). */
  bottlerocket: z.boolean().default(false),
  /** Engineers joining (or rotating onto) the platform per year; one-time onboarding hours amortised monthly (F31). */
  engineersJoiningPerYear: z.number().min(0).max(1000).default(1),
  /** Per-pattern, per-activity hours overrides (first cluster, per month). */
  hours: z.partialRecord(PatternKeySchema, z.partialRecord(ActivityKeySchema, HoursOverrideSchema)).default({}),
  rules: ScalingRulesSchema.prefault({}),
  workload: WorkloadFeaturesSchema.prefault({}),
  /** Break-even search: the largest workload multiplier to explore (every service's taskCount × m). */
  maxScaleMultiplier: z.number().int().min(1).max(100).default(10),
});
export type Ops = z.output<typeof OpsSchema>;
export type OpsInput = z.input<typeof OpsSchema>;
