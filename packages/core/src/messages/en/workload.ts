/** Workload warnings (scenario/workload-warnings.ts, issue 22): shown with every estimate. */
export const WORKLOAD_TEMPLATES = {
  WORKLOAD_SCHEDULE_DURATION_ASSUMED:
    "{service}: each run is assumed to last {durationSeconds} s (the source holds no run time); set schedule.durationSeconds to the real run time",
  WORKLOAD_SCHEDULE_ACTIVE_DEADLINE:
    "{service}: each run is stopped at activeDeadlineSeconds ({deadlineSeconds} s), before the {durationSeconds} s assumed; priced at {deadlineSeconds} s",
  WORKLOAD_SCHEDULE_OVERLAP_ALLOW:
    "{service}: a run ({durationSeconds} s) is longer than the {intervalSeconds} s between starts and concurrencyPolicy Allow lets runs overlap with no limit: {concurrentRuns} runs alive at once, {peakTasks} task(s) at the peak (EC2 nodes are sized for it); set Forbid or Replace if runs must not overlap",
  WORKLOAD_SCHEDULE_OVERLAP_FORBID:
    "{service}: a run ({durationSeconds} s) is longer than the {intervalSeconds} s between starts; concurrencyPolicy Forbid skips runs while one is running, so {runsPerMonth} of the {scheduledRunsPerMonth} scheduled runs a month start, one at a time (an approximation for an uneven schedule)",
  WORKLOAD_SCHEDULE_OVERLAP_REPLACE:
    "{service}: a run ({durationSeconds} s) is longer than the {intervalSeconds} s between starts; concurrencyPolicy Replace stops each run when the next starts, so runs are priced at {intervalSeconds} s, one at a time",
  WORKLOAD_DEFAULT_REQUESTS:
    "{services}: containers that set no CPU or memory request are priced on the importer's default request (see containers[].requestDefaulted); set their requests to price them as they run",
} as const satisfies Record<string, string>;
