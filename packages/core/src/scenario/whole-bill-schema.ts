import { z } from "zod";
import { SUPPORT_PLANS } from "../price-book/usage-keys";
import { MAX_MONTHLY_GB } from "./usage-schema";

const monthlyGb = () => z.number().min(0).max(MAX_MONTHLY_GB).default(0);

/** Network lines shared by the workload: AZ spread, free egress allowance, interface endpoints, NLBs. */
export const NetworkSchema = z.strictObject({
  /**
   * AZs the tasks and load balancers span. Sets the cross-AZ share of service traffic ((AZs − 1) ÷ AZs
   * unless `crossAzShare` is given), the endpoint-AZ count and one public IPv4 per AZ on internet-facing LBs.
   */
  availabilityZones: z.number().int().min(1).max(6).default(2),
  /** Share (0-1) of service-to-service traffic that crosses AZs; omitted = (AZs − 1) ÷ AZs (uniform spread, no AZ-aware routing). */
  crossAzShare: z.number().min(0).max(1).optional(),
  /** Free internet egress a month (AWS: 100 GB, one allowance per account across all regions); 0 if other workloads use it. */
  internetEgressFreeAllowanceGb: z.number().min(0).max(100).default(100),
  /** Interface VPC endpoints (PrivateLink: ECR api/dkr, Logs, Secrets Manager, STS …), each provisioned in every AZ. */
  interfaceEndpoints: z
    .strictObject({
      count: z.number().int().min(0).max(100),
      monthlyDataProcessedGb: monthlyGb(),
      /** The endpoint traffic would otherwise pass the NAT gateway: subtract it from NAT data processed. */
      replacesNatTraffic: z.boolean().default(true),
    })
    .optional(),
  /** Network Load Balancers: hours always; NLCUs when you know the average usage. */
  networkLoadBalancers: z
    .strictObject({
      count: z.number().int().min(0).max(100),
      averageNlcuPerHour: z.number().min(0).max(100_000).optional(),
      internetFacing: z.boolean().default(true),
    })
    .optional(),
});
export type Network = z.output<typeof NetworkSchema>;

/** Container Insights: off, or enhanced observability (per observation). */
export const ObservabilitySchema = z.strictObject({
  containerInsights: z.enum(["off", "enhanced"]).default("off"),
});
export type Observability = z.output<typeof ObservabilitySchema>;

/** Shared storage: ECR images and EBS snapshots (average GB stored over the month). */
export const StorageSchema = z.strictObject({
  ecrStorageGb: monthlyGb(),
  ebsSnapshotGb: monthlyGb(),
});
export type Storage = z.output<typeof StorageSchema>;

/** An AWS Support plan priced over the pattern's AWS bill (off by default). */
export const SupportSchema = z.strictObject({
  plan: z.enum(["none", ...SUPPORT_PLANS]).default("none"),
});
export type Support = z.output<typeof SupportSchema>;
