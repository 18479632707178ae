import { message, type Message } from "../messages/message";
import type { ResolvedService } from "./resolve-service";
import type { Scenario } from "./scenario-schema";

const seconds = (value: { toDecimalPlaces(n: number): { toFixed(): string } }): string => value.toDecimalPlaces(0).toFixed();

/** The schedule warnings of one batch service (issue 22): an assumed run time, an overlap and what its policy does. */
function scheduleWarnings(service: ResolvedService): Message[] {
  const schedule = service.schedule;
  if (schedule.kind !== "batch") return [];
  const warnings: Message[] = [];
  const base = { service: service.name, durationSeconds: seconds(schedule.givenDurationSeconds) };
  if (schedule.durationAssumed) warnings.push(message("WORKLOAD_SCHEDULE_DURATION_ASSUMED", base));
  if (schedule.cutByDeadline) {
    warnings.push(message("WORKLOAD_SCHEDULE_ACTIVE_DEADLINE", { ...base, deadlineSeconds: seconds(schedule.durationSeconds) }));
  }
  if (!schedule.overlaps) return warnings;
  const overlap = { ...base, durationSeconds: seconds(schedule.givenDurationSeconds), intervalSeconds: seconds(schedule.intervalSeconds) };
  if (schedule.concurrencyPolicy === "Allow") {
    warnings.push(
      message("WORKLOAD_SCHEDULE_OVERLAP_ALLOW", {
        ...overlap,
        concurrentRuns: schedule.concurrentRuns,
        peakTasks: schedule.concurrentRuns * service.taskCount,
      }),
    );
  } else if (schedule.concurrencyPolicy === "Replace") {
    warnings.push(message("WORKLOAD_SCHEDULE_OVERLAP_REPLACE", overlap));
  } else {
    warnings.push(
      message("WORKLOAD_SCHEDULE_OVERLAP_FORBID", {
        ...overlap,
        runsPerMonth: schedule.runsPerMonth.toDecimalPlaces(2).toFixed(),
        scheduledRunsPerMonth: schedule.scheduledRunsPerMonth.toDecimalPlaces(2).toFixed(),
      }),
    );
  }
  return warnings;
}

/**
 * Warnings about the workload itself, the same for every pattern, that every face shows with the estimate:
 * batch schedules (assumed run times, overlapping runs and their concurrency policy) and containers priced on
 * an importer's default request because the source set none.
 * @example workloadWarnings(scenario, services)[0] //=> { code: "WORKLOAD_SCHEDULE_OVERLAP_FORBID", params: { service: "sync", … } }
 */
export function workloadWarnings(scenario: Scenario, services: readonly ResolvedService[]): Message[] {
  const warnings = services.flatMap(scheduleWarnings);
  const defaulted = scenario.services.filter((s) => (s.containers ?? []).some((c) => (c.requestDefaulted ?? []).length > 0));
  if (defaulted.length > 0) {
    warnings.push(message("WORKLOAD_DEFAULT_REQUESTS", { services: defaulted.map((s) => s.name).join(", "), count: defaulted.length }));
  }
  return warnings;
}
