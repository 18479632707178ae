import { z } from "zod";
import { boundedNumber } from "./limits";

/** Hours a shared resource exists in a month: 730 (the average month) unless it lives shorter, at most 744 (31 days). */
export const HoursPerMonthSchema = z.number().min(0).max(744).default(730);

/** Costs shared by the whole workload, whatever pattern runs it. */
export const ExtrasSchema = z.strictObject({
  /** Application Load Balancers: hours always; LCUs when you know the average LCU usage. */
  loadBalancers: z
    .strictObject({
      count: boundedNumber("loadBalancers"),
      averageLcuPerHour: boundedNumber("averageLcuPerHour").optional(),
      /** Hours each ALB exists a month (e.g. 24 for a one-day load test). */
      hoursPerMonth: HoursPerMonthSchema,
      /** Internet-facing (AWS's default scheme): one public IPv4 per AZ (network.availabilityZones), $0.005/h each. */
      internetFacing: z.boolean().default(true),
    })
    .optional(),
  /** NAT gateways: hours plus GB processed per month (all gateways together). */
  natGateways: z
    .strictObject({
      count: boundedNumber("natGateways"),
      monthlyDataProcessedGb: boundedNumber("natMonthlyDataProcessedGb").default(0),
      /** Hours each gateway exists a month. */
      hoursPerMonth: HoursPerMonthSchema,
    })
    .optional(),
});
export type Extras = z.output<typeof ExtrasSchema>;

export const EKS_SUPPORT_TIERS = ["standard", "extended"] as const;
/** EKS control-plane size: the standard control plane, or a Provisioned Control Plane tier (S40; issue 16). */
export const EKS_CONTROL_PLANE_TIERS = ["standard", "xl", "2xl", "4xl", "8xl"] as const;
export type EksControlPlaneTier = (typeof EKS_CONTROL_PLANE_TIERS)[number];

/** A set of identical EKS clusters: how many, their support tier and how many hours a month they exist. */
export const EksClusterGroupSchema = z.strictObject({
  count: z.number().int().min(1).max(1000),
  supportTier: z.enum(EKS_SUPPORT_TIERS).default("standard"),
  hoursPerMonth: HoursPerMonthSchema,
});

/**
 * EKS control plane: clusters, their support tier (extended = version past standard support) and
 * hours a month. `clusters`, when given, lists every cluster group (e.g. 1 standard + 7 extended) and
 * replaces clusterCount, supportTier and hoursPerMonth.
 */
export const EksSchema = z.strictObject({
  clusterCount: boundedNumber("eksClusters").default(1),
  supportTier: z.enum(EKS_SUPPORT_TIERS).default("standard"),
  hoursPerMonth: HoursPerMonthSchema,
  clusters: z.array(EksClusterGroupSchema).min(1).max(50).optional(),
  /**
   * Provisioned Control Plane tier of every cluster (XL $1.65 … 8XL $13.90 per cluster-hour in us-east-1, S40);
   * "standard" (default) = no tier. The tier is billed per cluster-hour on its own line.
   */
  controlPlaneTier: z.enum(EKS_CONTROL_PLANE_TIERS).default("standard"),
  /**
   * Whether a tier's price replaces the $0.10 standard fee (true) or adds to it (false, default: S40 reads every
   * EKS dimension as additional; no AWS page confirmed it). Shown as an assumption note either way.
   */
  provisionedTierReplacesStandardFee: z.boolean().default(false),
});
export type Eks = z.output<typeof EksSchema>;

// The EC2 section moved to ./ec2-schema.ts; re-exported here for existing importers.
export { Ec2Schema, type Ec2 } from "./ec2-schema";
