import { z } from "zod";
import { ServiceUsageShape } from "./usage-schema";
import { ruleIssue, ruleText } from "./coded-rule";
import { boundedNumber, boundedString, SCENARIO_LIMITS } from "./limits";
import { CONCURRENCY_POLICIES } from "./batch-runs";
import { PersistentVolumesSchema } from "./persistent-volume-schema";

/** A Kubernetes-style quantity: "500m", "1", 0.5 (CPU) or "1792Mi", "1Gi", "1G" (memory). */
const QuantitySchema = z.union([z.string().min(1).max(64), z.number().nonnegative().max(Number.MAX_SAFE_INTEGER)]);

export const ContainerSchema = z.strictObject({
  name: boundedString("nameLength"),
  /** CPU request as a Kubernetes quantity ("250m", "1", 0.5). Omitted = 0. */
  cpu: QuantitySchema.optional(),
  /** Memory request as a Kubernetes quantity ("512Mi", "1Gi"; a bare number is bytes). Omitted = 0. */
  memory: QuantitySchema.optional(),
  /** An init container: runs before the app containers, so it counts by max, not by sum (EKS rule). */
  init: z.boolean().default(false),
  /**
   * The requests an importer filled with its documented default because the source set none (and no limit):
   * the estimate lists these services in a warning (WORKLOAD_DEFAULT_REQUESTS).
   */
  requestDefaulted: z
    .array(z.enum(["cpu", "memory"]))
    .max(2)
    .optional(),
});
export type Container = z.output<typeof ContainerSchema>;

/**
 * When a service runs. Either always-on hours per month (default 730 = the whole month), or a batch
 * schedule: runs per day or per month × the duration of one run, billed per second with the minimum.
 */
export const ScheduleSchema = z
  .strictObject({
    hoursPerMonth: boundedNumber("hoursPerMonth").optional(),
    runsPerDay: boundedNumber("runsPerDay").optional(),
    runsPerMonth: boundedNumber("runsPerMonth").optional(),
    durationSeconds: boundedNumber("durationSeconds").optional(),
    /**
     * How overlapping runs are treated (Kubernetes CronJob concurrencyPolicy; batch-runs.ts): Allow (the default,
     * also ECS scheduled tasks) runs them side by side, Forbid skips a run while one is running, Replace stops it.
     */
    concurrencyPolicy: z.enum(CONCURRENCY_POLICIES).optional(),
    /** Shortest gap between two scheduled starts; omitted = the average (the month ÷ runs). */
    intervalSeconds: boundedNumber("durationSeconds").optional(),
    /** A run is stopped after this long (Kubernetes Job activeDeadlineSeconds). */
    activeDeadlineSeconds: boundedNumber("durationSeconds").optional(),
    /** A run that cannot start this long after its time is skipped (Kubernetes CronJob startingDeadlineSeconds). */
    startingDeadlineSeconds: z.number().int().min(0).max(SCENARIO_LIMITS.durationSeconds.max).optional(),
    /** True when durationSeconds is an assumption (an importer's default), not a measured run time. */
    durationAssumed: z.boolean().optional(),
  })
  .superRefine((schedule, ctx) => {
    const batchFields = [schedule.runsPerDay, schedule.runsPerMonth].filter((v) => v !== undefined).length;
    if (schedule.hoursPerMonth !== undefined && (batchFields > 0 || schedule.durationSeconds !== undefined)) {
      ctx.addIssue(ruleIssue("ERR_SCHEDULE_HOURS_AND_RUNS", {}));
    } else if (batchFields > 1) {
      ctx.addIssue(ruleIssue("ERR_SCHEDULE_RUNS_TWICE", {}, ["runsPerMonth"]));
    } else if (batchFields === 1 && schedule.durationSeconds === undefined) {
      ctx.addIssue(ruleIssue("ERR_SCHEDULE_NEEDS_DURATION", {}, ["durationSeconds"]));
    } else if (batchFields === 0 && schedule.durationSeconds !== undefined) {
      ctx.addIssue(ruleIssue("ERR_SCHEDULE_NEEDS_RUNS", { batchField: "durationSeconds" }, ["durationSeconds"]));
    } else if (batchFields === 0) {
      const batchOnly = (["intervalSeconds", "activeDeadlineSeconds", "startingDeadlineSeconds"] as const).find(
        (k) => schedule[k] !== undefined,
      );
      if (batchOnly) ctx.addIssue(ruleIssue("ERR_SCHEDULE_NEEDS_RUNS", { batchField: batchOnly }, [batchOnly]));
    }
  });
export type Schedule = z.output<typeof ScheduleSchema>;

export const ARCHITECTURES = ["x86_64", "arm64"] as const;
export const OPERATING_SYSTEMS = ["linux", "windows"] as const;

export const ServiceSchema = z
  .strictObject({
    name: boundedString("nameLength"),
    /** Tasks (ECS) or pod replicas (EKS) running at once (≤ 5,000: the ECS tasks-per-service quota). */
    taskCount: boundedNumber("taskCount"),
    /** Task-level size (an ECS task definition's cpu/memory). Use this or `containers`. */
    vcpu: boundedNumber("vcpu").optional(),
    memoryGib: boundedNumber("memoryGib").optional(),
    /** Container-level requests (a Kubernetes pod spec). Use this or `vcpu` + `memoryGib`. */
    containers: z.array(ContainerSchema).min(1).max(SCENARIO_LIMITS.containers.max).optional(),
    architecture: z.enum(ARCHITECTURES).default("x86_64"),
    os: z.enum(OPERATING_SYSTEMS).default("linux"),
    schedule: ScheduleSchema.prefault({}),
    /** Ephemeral storage per task; Fargate includes 20 GiB, up to 200 GiB. */
    ephemeralStorageGib: z.number().min(20).max(200).default(20),
    /** Public IPv4 addresses per task (ECS on Fargate tasks in public subnets), $0.005/h each. */
    publicIpv4PerTask: z.number().int().min(0).max(16).default(0),
    /** Free-form labels (team, cost centre) for portfolio roll-ups. */
    tags: z
      .record(boundedString("tagKeyLength"), z.string().max(SCENARIO_LIMITS.tagValueLength.max))
      .refine(
        (tags) => Object.keys(tags).length <= SCENARIO_LIMITS.tags.max,
        ruleText("ERR_TOO_MANY_TAGS", { max: SCENARIO_LIMITS.tags.max }),
      )
      .optional(),
    /** EBS volumes and EFS file systems the service keeps (persistent-volume-schema.ts); billed on every pattern. */
    persistentVolumes: PersistentVolumesSchema,
    /** Usage-driven lines: egress, service traffic, logs (usage-schema.ts; default 0, reported as not estimated). */
    ...ServiceUsageShape,
  })
  .superRefine((service, ctx) => {
    const hasTaskSize = service.vcpu !== undefined || service.memoryGib !== undefined;
    if (hasTaskSize && service.containers) {
      ctx.addIssue(ruleIssue("ERR_TASK_SIZE_AND_CONTAINERS", {}, ["containers"]));
    } else if (!hasTaskSize && !service.containers) {
      ctx.addIssue(ruleIssue("ERR_TASK_SIZE_OR_CONTAINERS", {}, ["vcpu"]));
    } else if (hasTaskSize && (service.vcpu === undefined || service.memoryGib === undefined)) {
      ctx.addIssue(ruleIssue("ERR_TASK_SIZE_HALF", {}, [service.vcpu === undefined ? "vcpu" : "memoryGib"]));
    }
  });
export type Service = z.output<typeof ServiceSchema>;
export type ServiceInput = z.input<typeof ServiceSchema>;
