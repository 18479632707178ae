import { z } from "zod";
import { ReportingSchema } from "../currency/reporting-schema";
import { PurchaseSchema } from "../purchase/purchase-schema";
import { Ec2Schema } from "./ec2-schema";
import { EksSchema, ExtrasSchema } from "./extras-schema";
import { OpsSchema } from "./ops-schema";
import { ruleText } from "./coded-rule";
import { boundedString, SCENARIO_LIMITS } from "./limits";
import { ServiceSchema } from "./service-schema";
import { NetworkSchema, ObservabilitySchema, StorageSchema, SupportSchema } from "./whole-bill-schema";

/**
 * The workload to price: the one input of the calculator (CLI files, web URL state, library calls).
 * Types are inferred from this schema; the JSON Schema in `scenario.schema.json` is generated from it.
 */
export const ScenarioSchema = z.strictObject({
  /** Editors: "$schema": "./scenario.schema.json" enables completion; ignored by the calculator. */
  $schema: z.string().optional(),
  name: boundedString("nameLength").default("Unnamed scenario"),
  description: z.string().max(SCENARIO_LIMITS.descriptionLength.max).optional(),
  /** AWS region code, e.g. us-east-1. */
  region: z
    .string()
    .max(32)
    .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d+$/, ruleText("ERR_REGION_CODE_FORMAT")),
  /** At most 5,000 services (the ECS services-per-cluster quota) and 150,000 tasks in all. */
  services: z
    .array(ServiceSchema)
    .min(1)
    .max(SCENARIO_LIMITS.services.max, { error: ruleText("ERR_TOO_MANY_SERVICES", { max: SCENARIO_LIMITS.services.max }) })
    .refine(
      (services) => services.reduce((sum, s) => sum + s.taskCount, 0) <= SCENARIO_LIMITS.totalTasks.max,
      ruleText("ERR_TOO_MANY_TASKS", { max: SCENARIO_LIMITS.totalTasks.max }),
    ),
  extras: ExtrasSchema.prefault({}),
  eks: EksSchema.prefault({}),
  ec2: Ec2Schema.prefault({}),
  ops: OpsSchema.prefault({}),
  /** Purchase options: EC2 On-Demand / Spot / RIs / Savings Plans; Fargate Spot / Savings Plans. */
  purchase: PurchaseSchema.prefault({}),
  /** Network & data: AZ spread, free egress, interface endpoints, NLBs (per-service traffic is on each service). */
  network: NetworkSchema.prefault({}),
  /** Observability: Container Insights (per-service logs are on each service). */
  observability: ObservabilitySchema.prefault({}),
  /** Registry and backups: ECR storage, EBS snapshots. */
  storage: StorageSchema.prefault({}),
  /** AWS Support plan (optional): its own line over the pattern's AWS bill. */
  support: SupportSchema.prefault({}),
  /** Reporting currency (USD or JPY) with its one dated exchange rate, and Japan's consumption tax line (issue 21). */
  reporting: ReportingSchema.prefault({}),
});
export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
