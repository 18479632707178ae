import { EC2_LINUX_MINIMUM_SECONDS } from "../fargate/billing-duration";
import { message, type Message } from "../messages/message";
import { Decimal } from "../money/decimal";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { ResolvedService } from "../scenario/resolve-service";
import { HOURS_PER_MONTH } from "../units/time";
import type { TaskGroup } from "./pack-tasks";
import { memoEntry } from "../util/memo-entry";

/** The services one node group holds: one per (architecture, OS) for always-on services, one per batch service. */
export type Group = {
  key: string;
  label: string;
  labelMessage: Message;
  isBatch: boolean;
  os: "linux" | "windows";
  architecture: "x86_64" | "arm64";
  tasks: TaskGroup[];
  services: string[];
  hours: Decimal;
};

export function groupServices(services: readonly ResolvedService[], orchestrator: "ecs" | "eks"): Group[] {
  const groups = new Map<string, Group>();
  for (const service of services) {
    if (service.taskCount === 0) continue;
    const isBatch = service.schedule.kind === "batch";
    const key = isBatch ? `batch:${service.name}` : `${service.architecture}/${service.os}`;
    const group = groups.get(key) ?? {
      key,
      label: isBatch ? `${service.name}, batch` : `${service.os}/${service.architecture}`,
      labelMessage: isBatch
        ? message("GROUP_BATCH", { groupService: service.name })
        : message("GROUP_PLATFORM", { os: service.os, architecture: service.architecture }),
      isBatch,
      os: service.os,
      architecture: service.architecture,
      tasks: [],
      services: [],
      hours: new Decimal(0),
    };
    const request = orchestrator === "ecs" ? service.ecsTask : service.pod;
    const peak = batchPeak(service);
    group.tasks.push({
      name: service.name,
      cpuMillicores: request.cpuMillicores,
      memoryBytes: request.memoryBytes,
      count: peak.tasks,
    });
    group.services.push(service.name);
    // The larger of the two, not a copy (Decimal.max builds a new Decimal for every service of every scaled run).
    if (peak.hoursPerNode.greaterThan(group.hours)) group.hours = peak.hoursPerNode;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * What a service's node group must hold and for how long. A batch group is sized by its PEAK concurrent
 * tasks (taskCount × the runs alive at once, batch-runs.ts), and each node is billed the service's task-hours
 * shared over those runs, at most the month: nodes × hours per node = the hours the tasks run, so the node
 * table and the billed hours agree (issue 22: an every-minute CronJob was "1 × m1.small" billed 43,800 h).
 * @example batchPeak(every-2-min Allow, 1 task, 3,600 s runs) //=> { tasks: 30, hoursPerNode: 730 } (21,900 h ÷ 30)
 */
function batchPeak(service: ResolvedService): { tasks: number; hoursPerNode: Decimal } {
  const taskHours = billedHoursPerTask(service.schedule, EC2_LINUX_MINIMUM_SECONDS);
  if (service.schedule.kind === "always-on") return { tasks: service.taskCount, hoursPerNode: taskHours };
  const runs = service.schedule.concurrentRuns;
  const hoursPerNode = memoEntry(peakHours, service.schedule, () => Decimal.min(HOURS_PER_MONTH, taskHours.div(runs)));
  return { tasks: service.taskCount * runs, hoursPerNode };
}

/** A batch schedule's hours per node, by resolved schedule (shared by a service's scaled runs, never mutated). */
const peakHours = new WeakMap<ResolvedService["schedule"], Decimal>();
