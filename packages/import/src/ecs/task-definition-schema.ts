import { z } from "zod";

/**
 * The parts of an ECS task definition the importer reads, as `aws ecs describe-task-definition`
 * prints them (API reference: TaskDefinition, ContainerDefinition, RuntimePlatform, EphemeralStorage).
 * Objects are loose: other keys are kept so they can be reported, not rejected.
 * Task `cpu` is CPU units ("256", or "0.25 vCPU" as accepted at registration); `memory` is MiB ("512", or "1 GB").
 */
const UnitsString = z.union([z.string().min(1), z.number().nonnegative()]);

export const ContainerDefinitionSchema = z.looseObject({
  name: z.string().min(1),
  /** CPU units (1,024 = 1 vCPU). */
  cpu: z.number().int().nonnegative().optional(),
  /** Hard memory limit, MiB. */
  memory: z.number().int().positive().optional(),
  /** Soft memory reservation, MiB (what ECS reserves on the instance). */
  memoryReservation: z.number().int().positive().optional(),
  resourceRequirements: z.array(z.looseObject({ type: z.string(), value: z.string() })).optional(),
});

export const TaskDefinitionSchema = z.looseObject({
  family: z.string().min(1).optional(),
  containerDefinitions: z.array(ContainerDefinitionSchema).min(1),
  cpu: UnitsString.optional(),
  memory: UnitsString.optional(),
  runtimePlatform: z
    .looseObject({
      cpuArchitecture: z.enum(["X86_64", "ARM64"]).optional(),
      operatingSystemFamily: z.string().optional(),
    })
    .optional(),
  ephemeralStorage: z.looseObject({ sizeInGiB: z.number().int().min(20).max(200) }).optional(),
});
export type TaskDefinition = z.output<typeof TaskDefinitionSchema>;

/** `describe-task-definition` output: `{ taskDefinition, tags? }`. */
export const DescribeTaskDefinitionSchema = z.looseObject({
  taskDefinition: TaskDefinitionSchema,
  tags: z.array(z.looseObject({ key: z.string(), value: z.string() })).optional(),
});
