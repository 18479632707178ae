import { FIRST_CLUSTER_HOURS, OPS_ACTIVITY_IDS, PATTERN_IDS, type PatternId, type RecurringActivityId } from "@repo/core";

/** The recurring activities of the ops model (onboarding is per engineer joining, set separately). */
export const RECURRING_ACTIVITIES = OPS_ACTIVITY_IDS.filter((id): id is RecurringActivityId => id !== "onboarding");

/** Every (pattern, activity) cell of the hours override grid, in URL order (pattern-major). */
export const OPS_HOURS_CELLS: readonly { pattern: PatternId; activity: RecurringActivityId }[] =
  PATTERN_IDS.flatMap((pattern) => RECURRING_ACTIVITIES.map((activity) => ({ pattern, activity })));

/** Form field key of one override cell (errors are shown beside it). */
export const opsHoursField = (pattern: PatternId, activity: RecurringActivityId): string => `opsHours.${pattern}.${activity}`;

/**
 * The `oph` URL value ↔ one text per cell. Empty cells keep the core's default; an all-empty grid
 * is the empty string, so the default link stays short.
 * @example decodeOpsHours("")[0] //=> ""
 */
export function decodeOpsHours(text: string): string[] {
  const parts = text.split(";");
  return OPS_HOURS_CELLS.map((_, index) => parts[index] ?? "");
}

/** @example encodeOpsHours(["", "2", ...]) //=> ";2;;…" (trailing empties trimmed) */
export function encodeOpsHours(cells: readonly string[]): string {
  const trimmed = [...cells];
  while (trimmed.length > 0 && (trimmed[trimmed.length - 1] ?? "") === "") trimmed.pop();
  return trimmed.join(";");
}

/** The core's typical first-cluster hours of a cell (the placeholder of its input). */
export function defaultTypicalHours(pattern: PatternId, activity: RecurringActivityId): string {
  return FIRST_CLUSTER_HOURS[pattern][activity].typical.toFixed();
}
