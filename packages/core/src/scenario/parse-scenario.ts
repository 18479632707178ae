import type { z } from "zod";
import { coreError } from "../errors";
import { ScenarioSchema, type Scenario } from "./scenario-schema";

/** `["services", 0, "vcpu"]` → `services[0].vcpu`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, "");
}

/** One zod issue → field, message and allowed values (enum options, unknown keys). */
export function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string; allowed?: string[] } {
  const field = formatFieldPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const where = field || "the top level";
    return { field: issue.keys.map((key) => (field ? `${field}.${key}` : key)).join(", "), message: `unknown field(s) at ${where}: ${issue.keys.join(", ")}` };
  }
  if (issue.code === "invalid_value") {
    return { field, message: issue.message, allowed: issue.values.map((value) => String(value)) };
  }
  return { field, message: issue.message };
}

/**
 * Validates untrusted input (a parsed YAML/JSON file, URL state) into a Scenario with defaults
 * applied. Throws a CoreError `INVALID_SCENARIO` naming the first bad field and what is allowed.
 * @example parseScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] }).services[0].schedule
 * //=> {}  (always on: 730 h)
 */
export function parseScenario(input: unknown): Scenario {
  const result = ScenarioSchema.safeParse(input);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  if (!first) throw coreError("INVALID_SCENARIO", "invalid scenario");
  const described = describeIssue(first);
  const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more problem(s))` : "";
  throw coreError("INVALID_SCENARIO", `${described.message}${more}`, {
    field: described.field || "(scenario)",
    ...(described.allowed ? { allowed: described.allowed } : {}),
  });
}
