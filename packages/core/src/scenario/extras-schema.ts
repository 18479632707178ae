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
});
export type Eks = z.output<typeof EksSchema>;

// The EC2 section moved to ./ec2-schema.ts; re-exported here for existing importers.
export { Ec2Schema, type Ec2 } from "./ec2-schema";
