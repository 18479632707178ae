import { FIRST_CLUSTER_HOURS, OPS_ACTIVITY_IDS, PATTERN_IDS, type PatternId, type RecurringActivityId } from "@repo/core";

/** The recurring activities of the ops model (onboarding is per engineer joining, set separately). */
export const RECURRING_ACTIVITIES = OPS_ACTIVITY_IDS.filter((id): id is RecurringActivityId => id !== "onboarding");

/** Every (pattern, activity) cell of the hours override grid, in display order (pattern-major, core's pattern order). */
export const OPS_HOURS_CELLS: readonly { pattern: PatternId; activity: RecurringActivityId }[] = PATTERN_IDS.flatMap((pattern) =>
  RECURRING_ACTIVITIES.map((activity) => ({ pattern, activity })),
);

/** Form field key of one override cell (errors are shown beside it). */
export const opsHoursField = (pattern: string, activity: string): string => `opsHours.${pattern}.${activity}`;

/** Key of one cell inside the `oph` URL value: `pattern.activity`. */
export const opsHoursKey = (pattern: string, activity: string): string => `${pattern}.${activity}`;

/** The typed text of each non-empty cell, keyed `pattern.activity` (unknown keys from a link are kept, then reported). */
export type OpsHoursCells = ReadonlyMap<string, string>;

const escapeValue = (value: string) => value.replace(/%/g, "%25").replace(/,/g, "%2C");
const unescapeValue = (value: string) => value.replace(/%2C/gi, ",").replace(/%25/g, "%");

/**
 * The `oph` URL value (v3) → the typed text per cell. Entries are `pattern.activity:text` joined by
 * ",", keyed by pattern id (not by position), so a pattern added to the core never shifts another
 * pattern's hours. Never throws: a malformed entry is kept under its raw key and reported by
 * `toScenario` as an unknown cell.
 * @example decodeOpsHours("ecs-ec2.incidents:5").get("ecs-ec2.incidents") //=> "5"
 */
export function decodeOpsHours(text: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const entry of text.split(",")) {
    if (entry === "") continue;
    const at = entry.indexOf(":");
    const [key, value] = at < 0 ? [entry, ""] : [entry.slice(0, at), unescapeValue(entry.slice(at + 1))];
    if (value !== "" || at < 0) cells.set(key, value);
  }
  return cells;
}

/**
 * Cells → the `oph` URL value: empty cells are left out (they keep the core's default), known cells
 * in grid order, then any unknown keys as they came. An all-empty grid is "" (the default link stays short).
 * @example encodeOpsHours(new Map([["ecs-ec2.incidents", "5"]])) //=> "ecs-ec2.incidents:5"
 */
export function encodeOpsHours(cells: OpsHoursCells): string {
  const known = OPS_HOURS_CELLS.map((cell) => opsHoursKey(cell.pattern, cell.activity));
  const order = [...known.filter((key) => cells.has(key)), ...[...cells.keys()].filter((key) => !known.includes(key))];
  return order
    .flatMap((key) => {
      const value = cells.get(key) ?? "";
      return value === "" ? [] : [`${key}:${escapeValue(value)}`];
    })
    .join(",");
}

/** The `oph` value with one cell set to `value` (empty = back to the core's default). */
export function withOpsHoursCell(text: string, pattern: string, activity: string, value: string): string {
  const cells = decodeOpsHours(text);
  cells.set(opsHoursKey(pattern, activity), value);
  return encodeOpsHours(cells);
}

/** A decoded key → its known cell, or null when the pattern or activity is not one the core has. */
export function cellOfKey(key: string): { pattern: PatternId; activity: RecurringActivityId } | null {
  return OPS_HOURS_CELLS.find((cell) => opsHoursKey(cell.pattern, cell.activity) === key) ?? null;
}

/** The core's typical first-cluster hours of a cell (the placeholder of its input). */
export function defaultTypicalHours(pattern: PatternId, activity: RecurringActivityId): string {
  return FIRST_CLUSTER_HOURS[pattern][activity].typical.toFixed();
}
