import { z } from "zod";

/**
 * The parts of an ECS task definition the importer reads, as `aws ecs describe-task-definition`
 * prints them (API reference: TaskDefinition, ContainerDefinition, RuntimePlatform, EphemeralStorage).
 * Objects are loose: other keys are kept so they can be reported, not rejected.
 * Task `cpu` is CPU units ("256", or "0.25 vCPU" as accepted at registration); `memory` is MiB ("512", or "1 GB").
 */
const UnitsString = z.union([z.string().min(1).max(32), z.number().nonnegative().max(Number.MAX_SAFE_INTEGER)]);
/** ECS task/container CPU on EC2: at most 196,608 units = 192 vCPU (task definition parameters); memory ≤ 32 TiB (scenario limit). */
const MAX_CPU_UNITS = 196_608;
const MAX_MEMORY_MIB = 32 * 1024 * 1024;

export const ContainerDefinitionSchema = z.looseObject({
  name: z.string().min(1),
  /** CPU units (1,024 = 1 vCPU). */
  cpu: z
    .number()
    .int()
    .nonnegative()
    .max(MAX_CPU_UNITS, { error: `is out of range, allowed: 0 to ${MAX_CPU_UNITS} CPU units (192 vCPU)` })
    .optional(),
  /** Hard memory limit, MiB. */
  memory: z
    .number()
    .int()
    .positive()
    .max(MAX_MEMORY_MIB, { error: `is out of range, allowed: 1 to ${MAX_MEMORY_MIB} MiB (32 TiB)` })
    .optional(),
  /** Soft memory reservation, MiB (what ECS reserves on the instance). */
  memoryReservation: z
    .number()
    .int()
    .positive()
    .max(MAX_MEMORY_MIB, { error: `is out of range, allowed: 1 to ${MAX_MEMORY_MIB} MiB (32 TiB)` })
    .optional(),
  resourceRequirements: z.array(z.looseObject({ type: z.string(), value: z.string() })).optional(),
  /** The container's log driver (`awslogs`, `awsfirelens`, …): whether its output is billed as CloudWatch Logs. */
  logConfiguration: z.looseObject({ logDriver: z.string().min(1).max(64) }).optional(),
});

export const TaskDefinitionSchema = z.looseObject({
  family: z.string().min(1).optional(),
  /** ECS allows 10 container definitions per task definition; the scenario's 64 is the cap here. */
  containerDefinitions: z.array(ContainerDefinitionSchema).min(1).max(64),
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
