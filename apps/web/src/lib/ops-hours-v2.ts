import { encodeOpsHours, opsHoursKey } from "./ops-hours";

/**
 * The layout of a v2 link's `oph` value, frozen as it was when v2 links were made: one text per
 * cell, ";"-joined, pattern-major over these four patterns × these six recurring activities. Written
 * out (not read from the core) because the core's pattern list grows and a v2 position must keep
 * pointing at the pattern it meant.
 */
const V2_PATTERNS = ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const;
const V2_ACTIVITIES = [
  "orchestrator-upgrades",
  "add-on-lifecycle",
  "host-patching",
  "capacity-scaling",
  "incidents",
  "access-security",
] as const;

/**
 * A v2 `oph` value (positional) → the v3 value (keyed by pattern id). Text is kept as typed, bad
 * values included, so the form still shows them beside their field; cells past the v2 grid are dropped
 * (v2 ignored them too).
 * @example opsHoursFromV2(";2;;;;;5") //=> "ecs-fargate.add-on-lifecycle:2,ecs-ec2.orchestrator-upgrades:5"
 */
export function opsHoursFromV2(text: string): string {
  const parts = text.split(";");
  const cells = new Map<string, string>();
  for (const [p, pattern] of V2_PATTERNS.entries()) {
    for (const [a, activity] of V2_ACTIVITIES.entries()) {
      const value = parts[p * V2_ACTIVITIES.length + a] ?? "";
      if (value !== "") cells.set(opsHoursKey(pattern, activity), value);
    }
  }
  return encodeOpsHours(cells);
}
