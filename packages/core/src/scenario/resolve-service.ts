import { coreError } from "../errors";
import { message } from "../messages/message";
import { type Decimal, toQuantity } from "../money/decimal";
import { eksFargatePodSize, podRequest, type ContainerRequest, type EksFargateSizing, type PodRequest } from "../fargate/eks-pod-size";
import type { FargatePlatform } from "../price-book/usage-keys";
import { gibToBytes, parseCpuMillicores, parseMemoryBytes, vcpuToMillicores } from "../units/data-size";
import { HOURS_PER_DAY, HOURS_PER_MONTH, SECONDS_PER_HOUR } from "../units/time";

const SECONDS_PER_DAY = HOURS_PER_DAY.times(SECONDS_PER_HOUR);
import { batchRuns, type BatchRuns, type ConcurrencyPolicy } from "./batch-runs";
import { SCENARIO_LIMITS } from "./limits";
import type { Service } from "./service-schema";

export type ResolvedSchedule =
  | { kind: "always-on"; hoursPerMonth: Decimal }
  | ({
      kind: "batch";
      /** Scheduled starts before any concurrency policy; `runsPerMonth` is the runs that start (batch-runs.ts). */
      scheduledRunsPerMonth: Decimal;
      /** The run length as given (before activeDeadlineSeconds or Replace cut it). */
      givenDurationSeconds: Decimal;
      concurrencyPolicy: ConcurrencyPolicy;
      durationAssumed: boolean;
    } & BatchRuns);

/**
 * A service with every quantity converted once, exactly: CPU in millicores, memory in bytes,
 * schedule as hours or runs per month. Pattern estimators read only this.
 */
export type ResolvedService = {
  index: number;
  name: string;
  field: string;
  taskCount: number;
  architecture: Service["architecture"];
  os: Service["os"];
  platform: FargatePlatform | undefined;
  /** True when the size came from a task-level vcpu + memoryGib. */
  hasTaskLevelSize: boolean;
  /** What one ECS task reserves: the task size, or the sum of all its containers. */
  ecsTask: PodRequest;
  /** What one Kubernetes pod requests: max(largest init, sum of app containers) per dimension. */
  pod: PodRequest;
  eksFargate: EksFargateSizing;
  schedule: ResolvedSchedule;
  ephemeralStorageGib: Decimal;
  publicIpv4PerTask: number;
  tags: Record<string, string>;
};

/** Fargate has no Windows/ARM: undefined means "no Fargate platform for this combination". */
export function fargatePlatformOf(service: Pick<Service, "architecture" | "os">): FargatePlatform | undefined {
  if (service.os === "windows") return service.architecture === "x86_64" ? "windows-x86" : undefined;
  return service.architecture === "arm64" ? "linux-arm" : "linux-x86";
}

function containerRequests(service: Service, field: string): ContainerRequest[] {
  if (service.vcpu !== undefined && service.memoryGib !== undefined) {
    return [
      {
        cpuMillicores: vcpuToMillicores(toQuantity(service.vcpu), `${field}.vcpu`),
        memoryBytes: gibToBytes(toQuantity(service.memoryGib)),
        isInit: false,
      },
    ];
  }
  return (service.containers ?? []).map((container, index) => ({
    cpuMillicores: container.cpu === undefined ? 0 : parseCpuMillicores(container.cpu, `${field}.containers[${index}].cpu`),
    memoryBytes: container.memory === undefined ? 0 : parseMemoryBytes(container.memory, `${field}.containers[${index}].memory`),
    isInit: container.init,
  }));
}

function resolveSchedule(schedule: Service["schedule"]): ResolvedSchedule {
  if (schedule.durationSeconds !== undefined) {
    const scheduledRunsPerMonth =
      schedule.runsPerMonth !== undefined
        ? toQuantity(schedule.runsPerMonth)
        : toQuantity(schedule.runsPerDay ?? 0)
            .times(HOURS_PER_MONTH)
            .div(HOURS_PER_DAY); // × 730 ÷ 24 in this order: 720 a day → exactly 21,900 (30.41666… is not exact)
    // Runs every day: the day's average gap (86,400 ÷ runs a day) is exact; the month's would round.
    const dayInterval = schedule.runsPerDay !== undefined ? SECONDS_PER_DAY.div(toQuantity(schedule.runsPerDay)) : undefined;
    const optional = (value: number | undefined) => (value === undefined ? undefined : toQuantity(value));
    const concurrencyPolicy = schedule.concurrencyPolicy ?? "Allow";
    const givenDurationSeconds = toQuantity(schedule.durationSeconds);
    const runs = batchRuns({
      scheduledRunsPerMonth,
      durationSeconds: givenDurationSeconds,
      intervalSeconds: optional(schedule.intervalSeconds) ?? dayInterval,
      concurrencyPolicy,
      activeDeadlineSeconds: optional(schedule.activeDeadlineSeconds),
      startingDeadlineSeconds: optional(schedule.startingDeadlineSeconds),
    });
    return {
      kind: "batch",
      scheduledRunsPerMonth,
      givenDurationSeconds,
      concurrencyPolicy,
      durationAssumed: schedule.durationAssumed === true,
      ...runs,
    };
  }
  return { kind: "always-on", hoursPerMonth: schedule.hoursPerMonth === undefined ? HOURS_PER_MONTH : toQuantity(schedule.hoursPerMonth) };
}

/** Resolved services by service object and index (a run resolves each service more than once). */
const resolvedMemo = new WeakMap<Service, { index: number; resolved: ResolvedService }>();
/** A scaled copy → the service it was scaled from (only its taskCount differs). */
const scaledFrom = new WeakMap<Service, Service>();

/**
 * The service with another task count, remembered as derived from `base`: resolving it reuses the
 * base's resolution (sizes, pod request, Fargate size, schedule) instead of redoing it per scaled run
 * (issue 19: the break-even solver and curves evaluate ~45 scaled copies of one scenario).
 * @example resolveService(withTaskCount(web, 8), 0).taskCount //=> 8, other fields as resolveService(web, 0)
 */
export function withTaskCount(base: Service, taskCount: number): Service {
  const scaled = { ...base, taskCount };
  scaledFrom.set(scaled, scaledFrom.get(base) ?? base);
  return scaled;
}

/** @example resolveService(service, 0).ecsTask //=> { cpuMillicores: 500, memoryBytes: 1073741824 } */
export function resolveService(service: Service, index: number): ResolvedService {
  const hit = resolvedMemo.get(service);
  if (hit && hit.index === index) return hit.resolved;
  const base = scaledFrom.get(service);
  const resolved = base ? { ...resolveService(base, index), taskCount: service.taskCount } : resolveFresh(service, index);
  resolvedMemo.set(service, { index, resolved });
  return resolved;
}

function resolveFresh(service: Service, index: number): ResolvedService {
  const field = `services[${index}]`;
  if (service.os === "windows" && service.architecture === "arm64") {
    // AWS has no Windows on Arm: Fargate offers Windows/x86 only (https://aws.amazon.com/fargate/pricing/:
    // Linux/X86, Linux/ARM, Windows/X86) and Windows AMIs on EC2 are x86_64.
    throw coreError(
      "INVALID_OPTION",
      message("ERR_WINDOWS_ARM", { service: service.name, serviceNumber: index + 1, field: `${field}.architecture` }),
      {
        field: `${field}.architecture`,
        allowed: ["x86_64"],
      },
    );
  }
  const containers = containerRequests(service, field);
  const sum = containers.reduce(
    (total, c) => ({ cpuMillicores: total.cpuMillicores + c.cpuMillicores, memoryBytes: total.memoryBytes + c.memoryBytes }),
    { cpuMillicores: 0, memoryBytes: 0 },
  );
  const pod = podRequest(containers);
  const schedule = resolveSchedule(service.schedule);
  if (schedule.kind === "batch" && service.taskCount * schedule.concurrentRuns > SCENARIO_LIMITS.totalTasks.max) {
    throw coreError(
      "INVALID_SCENARIO",
      message("ERR_BATCH_RUNS_OVERLAP", {
        service: service.name,
        serviceNumber: index + 1,
        field: `${field}.schedule.concurrencyPolicy`,
        durationSeconds: schedule.givenDurationSeconds.toFixed(),
        intervalSeconds: schedule.intervalSeconds.toDecimalPlaces(0).toFixed(),
        concurrentRuns: schedule.concurrentRuns,
        taskCount: service.taskCount,
        max: SCENARIO_LIMITS.totalTasks.max,
      }),
      { field: `${field}.schedule.concurrencyPolicy`, allowed: ["Forbid", "Replace"] },
    );
  }
  return {
    index,
    name: service.name,
    field,
    taskCount: service.taskCount,
    architecture: service.architecture,
    os: service.os,
    platform: fargatePlatformOf(service),
    hasTaskLevelSize: service.vcpu !== undefined,
    ecsTask: sum,
    pod,
    eksFargate: eksFargatePodSize(pod),
    schedule,
    ephemeralStorageGib: toQuantity(service.ephemeralStorageGib),
    publicIpv4PerTask: service.publicIpv4PerTask,
    tags: service.tags ?? {},
  };
}
