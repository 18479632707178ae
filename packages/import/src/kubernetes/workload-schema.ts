import { z } from "zod";

/**
 * The parts of Kubernetes workload objects the importer reads (Kubernetes API reference:
 * apps/v1 Deployment and StatefulSet, batch/v1 Job and CronJob, core/v1 PodSpec, Container,
 * ResourceRequirements). Objects are loose: other keys are kept so they can be reported.
 */
const Quantity = z.union([z.string().min(1), z.number().nonnegative()]);
const ResourceList = z.record(z.string(), Quantity);

export const ContainerSpecSchema = z.looseObject({
  name: z.string().min(1),
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
  parallelism: z.number().int().min(0).optional(),
  completions: z.number().int().min(1).optional(),
  activeDeadlineSeconds: z.number().int().positive().optional(),
  template: PodTemplateSchema,
});
export type JobSpec = z.output<typeof JobSpecSchema>;

export const ReplicatedSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({ replicas: z.number().int().min(0).optional(), template: PodTemplateSchema }),
});
export const JobSchema = z.looseObject({ metadata: MetadataSchema, spec: JobSpecSchema });
export const CronJobSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({
    schedule: z.string().min(1),
    suspend: z.boolean().optional(),
    jobTemplate: z.looseObject({ spec: JobSpecSchema }),
  }),
});

export const WORKLOAD_KINDS = ["Deployment", "StatefulSet", "Job", "CronJob"] as const;
