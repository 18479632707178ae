import { SCENARIO_LIMITS } from "@repo/core";
import { z } from "zod";

/**
 * The parts of Kubernetes workload objects the importer reads (Kubernetes API reference:
 * apps/v1 Deployment and StatefulSet, batch/v1 Job and CronJob, core/v1 PodSpec, Container,
 * ResourceRequirements). Objects are loose: other keys are kept so they can be reported.
 */
const Quantity = z.union([z.string().min(1).max(64), z.number().nonnegative().max(Number.MAX_SAFE_INTEGER)]);
const range = (max: number) => `is out of range, allowed: 0 to ${max} (whole number)`;
const MAX_TASKS = SCENARIO_LIMITS.taskCount.max;
const MAX_SECONDS = SCENARIO_LIMITS.durationSeconds.max;
const ResourceList = z.record(z.string(), Quantity);

export const ContainerSpecSchema = z.looseObject({
  name: z.string().min(1),
  /** Read only to recognise a log agent (Fluent Bit) in a DaemonSet. */
  image: z.string().max(1024).optional(),
  resources: z.looseObject({ requests: ResourceList.optional(), limits: ResourceList.optional() }).optional(),
  /** On an init container, `Always` makes it a sidecar that runs beside the app (Kubernetes 1.29+). */
  restartPolicy: z.string().optional(),
});
export type ContainerSpec = z.output<typeof ContainerSpecSchema>;

export const PodSpecSchema = z.looseObject({
  containers: z.array(ContainerSpecSchema).min(1),
  initContainers: z.array(ContainerSpecSchema).optional(),
  nodeSelector: z.record(z.string(), z.string()).optional(),
});
export type PodSpec = z.output<typeof PodSpecSchema>;

const PodTemplateSchema = z.looseObject({ spec: PodSpecSchema });

export const MetadataSchema = z.looseObject({
  name: z.string().min(1),
  namespace: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
});

export const JobSpecSchema = z.looseObject({
  parallelism: z
    .number()
    .int()
    .min(0)
    .max(MAX_TASKS, { error: range(MAX_TASKS) })
    .optional(),
  completions: z
    .number()
    .int()
    .min(1)
    .max(1_000_000, { error: range(1_000_000) })
    .optional(),
  /** Billed as the run length, so at most the model's month (2,628,000 s). */
  activeDeadlineSeconds: z
    .number()
    .int()
    .positive()
    .max(MAX_SECONDS, { error: range(MAX_SECONDS) })
    .optional(),
  template: PodTemplateSchema,
});
export type JobSpec = z.output<typeof JobSpecSchema>;

export const ReplicatedSchema = z.looseObject({
  metadata: MetadataSchema,
  /** Replicas: at most the ECS tasks-per-service quota (5,000), the scenario's taskCount limit. */
  spec: z.looseObject({
    replicas: z
      .number()
      .int()
      .min(0)
      .max(MAX_TASKS, { error: range(MAX_TASKS) })
      .optional(),
    template: PodTemplateSchema,
  }),
});
export const JobSchema = z.looseObject({ metadata: MetadataSchema, spec: JobSpecSchema });
export const CronJobSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({
    schedule: z.string().min(1),
    suspend: z.boolean().optional(),
    /** Allow (the Kubernetes default), Forbid or Replace: how overlapping runs are treated. */
    concurrencyPolicy: z.enum(["Allow", "Forbid", "Replace"]).optional(),
    startingDeadlineSeconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_SECONDS, { error: range(MAX_SECONDS) })
      .optional(),
    jobTemplate: z.looseObject({ spec: JobSpecSchema }),
  }),
});

export const DaemonSetObjectSchema = z.looseObject({ metadata: MetadataSchema, spec: z.looseObject({ template: PodTemplateSchema }) });

export const WORKLOAD_KINDS = ["Deployment", "StatefulSet", "Job", "CronJob", "DaemonSet"] as const;
