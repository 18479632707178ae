import { Decimal } from "../money/decimal";
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from "../units/time";

export const CONCURRENCY_POLICIES = ["Allow", "Forbid", "Replace"] as const;
export type ConcurrencyPolicy = (typeof CONCURRENCY_POLICIES)[number];

const SECONDS_PER_MONTH = HOURS_PER_MONTH.times(SECONDS_PER_HOUR);

export type BatchRunsInput = {
  /** Scheduled starts in the month. */
  scheduledRunsPerMonth: Decimal;
  /** The assumed (or stated) length of one run. */
  durationSeconds: Decimal;
  /** The shortest gap between two scheduled starts; omitted = the average gap (month ÷ runs). */
  intervalSeconds?: Decimal | undefined;
  concurrencyPolicy: ConcurrencyPolicy;
  /** Kubernetes Job activeDeadlineSeconds: a run is stopped after this long. */
  activeDeadlineSeconds?: Decimal | undefined;
  /** Kubernetes CronJob startingDeadlineSeconds: a run that cannot start this long after its time is skipped. */
  startingDeadlineSeconds?: Decimal | undefined;
};

export type BatchRuns = {
  /** Runs that actually start in the month (Forbid skips the ones that would overlap). */
  runsPerMonth: Decimal;
  /** How long one run lasts: the duration, cut at activeDeadlineSeconds (and, with Replace, at the next start). */
  durationSeconds: Decimal;
  /** Runs of the service alive at once at the peak: 1 unless runs overlap under Allow. */
  concurrentRuns: number;
  intervalSeconds: Decimal;
  /** True when a run (after activeDeadlineSeconds) is longer than the gap between scheduled starts. */
  overlaps: boolean;
  /** True when the activeDeadlineSeconds cut the run. */
  cutByDeadline: boolean;
};

/**
 * Batch runs as Kubernetes runs a CronJob (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy):
 * - Allow (the default): every scheduled run starts; when a run is longer than the interval, ⌈duration ÷ interval⌉
 *   runs are alive at once (unbounded: a warning says so);
 * - Forbid: "if it is time for a new job run and the previous job run hasn't finished yet, the CronJob skips the
 *   new job run" — one run at a time. When the previous run ends, the most recent missed run starts at once if it
 *   is still within startingDeadlineSeconds (or there is none), so the runs go back to back; otherwise the next
 *   run waits for the next scheduled time. Runs started = scheduled × interval ÷ cycle (an approximation for an
 *   uneven schedule, stated in the output);
 * - Replace: "the CronJob replaces the currently running job run with a new job run" — one at a time, each cut at
 *   the interval.
 * activeDeadlineSeconds (https://kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup)
 * stops a run after that long. ECS scheduled tasks (EventBridge Scheduler) start a task at every invocation with no
 * overlap control, i.e. Allow.
 * Worked example (issue 22): `*\/2 * * * *` (21,900 runs a month, every 120 s), 3,600 s a run, Forbid, no starting
 * deadline → back to back: cycle 3,600 s, runs = 21,900 × 120 ÷ 3,600 = 730, one pod alive, 730 pod-hours (not
 * 21,900 h with 30 pods at once).
 * @example batchRuns({ scheduledRunsPerMonth: d(21900), durationSeconds: d(3600), concurrencyPolicy: "Forbid" }).runsPerMonth.toString() //=> "730"
 */
export function batchRuns(input: BatchRunsInput): BatchRuns {
  const runs = input.scheduledRunsPerMonth;
  const interval = input.intervalSeconds ?? SECONDS_PER_MONTH.div(runs);
  const deadline = input.activeDeadlineSeconds;
  const cutByDeadline = deadline?.lt(input.durationSeconds) === true;
  const duration = deadline && cutByDeadline ? deadline : input.durationSeconds;
  const overlaps = duration.gt(interval);
  const base = { intervalSeconds: interval, overlaps, cutByDeadline };
  if (duration.lte(interval)) return { ...base, runsPerMonth: runs, durationSeconds: duration, concurrentRuns: 1 };
  if (input.concurrencyPolicy === "Replace") return { ...base, runsPerMonth: runs, durationSeconds: interval, concurrentRuns: 1 };
  if (input.concurrencyPolicy === "Allow") {
    const concurrentRuns = duration.div(interval).ceil().toNumber();
    return { ...base, runsPerMonth: runs, durationSeconds: duration, concurrentRuns };
  }
  const lateness = duration.mod(interval);
  const startsAtOnce = input.startingDeadlineSeconds === undefined || lateness.lte(input.startingDeadlineSeconds);
  const cycle = startsAtOnce ? duration : duration.div(interval).ceil().times(interval);
  const started = Decimal.min(runs, runs.times(interval).div(cycle));
  return { ...base, runsPerMonth: started, durationSeconds: duration, concurrentRuns: 1 };
}
