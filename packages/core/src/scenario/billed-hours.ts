import { billedSeconds } from "../fargate/billing-duration";
import type { Decimal } from "../money/decimal";
import { secondsToHours } from "../units/time";
import type { ResolvedSchedule } from "./resolve-service";
import { memoEntry, newMap } from "../util/memo-entry";

/**
 * Billed hours per task per month under a schedule: always-on = its hours; batch = runs per month
 * × max(run duration rounded up to the second, the minimum) in hours.
 * @example billedHoursPerTask({ kind: "batch", runsPerMonth: d(30), durationSeconds: d(30) }, 60).toString() //=> "0.5"
 */
export function billedHoursPerTask(schedule: ResolvedSchedule, minimumSeconds: number): Decimal {
  if (schedule.kind === "always-on") return schedule.hoursPerMonth;
  // Once per schedule and minimum: a scaled run shares its base's resolved schedule (resolve-service.ts), and the node
  // planner asked again for every batch service of every scaled run.
  // Multiply before dividing by 3,600: 21,900 runs × 120 s is exactly 730 h (120 ÷ 3,600 would repeat).
  return memoEntry(memoEntry(batchHours, schedule, newMap), minimumSeconds, () =>
    secondsToHours(schedule.runsPerMonth.times(billedSeconds(schedule.durationSeconds, minimumSeconds))),
  );
}

/** Resolved schedules are never mutated, so their billed hours are kept by object (Decimals are immutable). */
const batchHours = new WeakMap<ResolvedSchedule, Map<number, Decimal>>();
