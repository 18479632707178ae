import { coreError } from "../errors";
import { message } from "../messages/message";
import { toQuantity } from "../money/decimal";
import type { PatternId } from "../patterns/pattern";
import type { HoursOverride, Ops, OpsActivityId } from "../scenario/ops-schema";
import type { Band } from "./bands";

/**
 * The user's hours for one activity, merged over the default band. A bare number sets all three
 * bands; an object replaces the bands it names. The result must keep low ≤ typical ≤ high.
 * @example applyHoursOverride(band("1","3.5","10"), { typical: 5 }, "ops.hours.eks-ec2.incidents").typical //=> 5
 */
export function applyHoursOverride(defaults: Band, override: HoursOverride | undefined, field: string): Band {
  if (override === undefined) return defaults;
  const merged: Band =
    typeof override === "number"
      ? { low: toQuantity(override, field), typical: toQuantity(override, field), high: toQuantity(override, field) }
      : {
          low: override.low === undefined ? defaults.low : toQuantity(override.low, `${field}.low`),
          typical: override.typical === undefined ? defaults.typical : toQuantity(override.typical, `${field}.typical`),
          high: override.high === undefined ? defaults.high : toQuantity(override.high, `${field}.high`),
        };
  if (merged.low.greaterThan(merged.typical) || merged.typical.greaterThan(merged.high)) {
    throw coreError(
      "INVALID_OPTION",
      message("ERR_HOURS_ORDER", { low: merged.low.toFixed(), typical: merged.typical.toFixed(), high: merged.high.toFixed(), field }),
      { field },
    );
  }
  return merged;
}

/** The override the scenario gives for a pattern's activity, if any. @example hoursOverrideFor({ hours: { "eks-ec2": { incidents: 3 } } }, "eks-ec2", "incidents") //=> 3 */
export function hoursOverrideFor(ops: Pick<Ops, "hours">, pattern: PatternId, activity: OpsActivityId): HoursOverride | undefined {
  return ops.hours[pattern]?.[activity];
}
