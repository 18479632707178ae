import { z } from "zod";
import { boundedNumber } from "./limits";

/** Costs shared by the whole workload, whatever pattern runs it. */
export const ExtrasSchema = z.strictObject({
  /** Application Load Balancers: hours always; LCUs when you know the average LCU usage. */
  loadBalancers: z
    .strictObject({
      count: boundedNumber("loadBalancers"),
      averageLcuPerHour: boundedNumber("averageLcuPerHour").optional(),
    })
    .optional(),
  /** NAT gateways: hours plus GB processed per month (all gateways together). */
  natGateways: z
    .strictObject({
      count: boundedNumber("natGateways"),
      monthlyDataProcessedGb: boundedNumber("natMonthlyDataProcessedGb").default(0),
    })
    .optional(),
});
export type Extras = z.output<typeof ExtrasSchema>;

export const EKS_SUPPORT_TIERS = ["standard", "extended"] as const;

/** EKS control plane: clusters and their support tier (extended = version past standard support). */
export const EksSchema = z.strictObject({
  clusterCount: boundedNumber("eksClusters").default(1),
  supportTier: z.enum(EKS_SUPPORT_TIERS).default("standard"),
});
export type Eks = z.output<typeof EksSchema>;

// The EC2 section moved to ./ec2-schema.ts; re-exported here for existing importers.
export { Ec2Schema, type Ec2 } from "./ec2-schema";
