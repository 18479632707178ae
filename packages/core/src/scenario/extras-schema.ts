import { z } from "zod";
import { EBS_VOLUME_TYPES } from "../price-book/usage-keys";

/** Costs shared by the whole workload, whatever pattern runs it. */
export const ExtrasSchema = z.strictObject({
  /** Application Load Balancers: hours always; LCUs when you know the average LCU usage. */
  loadBalancers: z
    .strictObject({
      count: z.number().int().min(0),
      averageLcuPerHour: z.number().min(0).optional(),
    })
    .optional(),
  /** NAT gateways: hours plus GB processed per month (all gateways together). */
  natGateways: z
    .strictObject({
      count: z.number().int().min(0),
      monthlyDataProcessedGb: z.number().min(0).default(0),
    })
    .optional(),
});
export type Extras = z.output<typeof ExtrasSchema>;

export const EKS_SUPPORT_TIERS = ["standard", "extended"] as const;

/** EKS control plane: clusters and their support tier (extended = version past standard support). */
export const EksSchema = z.strictObject({
  clusterCount: z.number().int().min(1).default(1),
  supportTier: z.enum(EKS_SUPPORT_TIERS).default("standard"),
});
export type Eks = z.output<typeof EksSchema>;

/** The simple EC2 data plane: a chosen instance type and node count, or the count that fits. */
export const Ec2Schema = z.strictObject({
  /** Instance type for the node group; default m6i.xlarge (x86_64) / m7g.xlarge (arm64). */
  instanceType: z.string().min(1).optional(),
  /** Fixed node count; omitted = the count needed to fit the tasks by vCPU and memory. */
  nodeCount: z.number().int().min(1).optional(),
  rootVolumeGib: z.number().int().min(1).max(16384).default(30),
  rootVolumeType: z.enum(EBS_VOLUME_TYPES).default("gp3"),
  publicIpv4PerNode: z.number().int().min(0).max(16).default(0),
});
export type Ec2 = z.output<typeof Ec2Schema>;
