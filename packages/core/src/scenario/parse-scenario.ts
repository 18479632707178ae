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

/** The input value at a zod issue's path (undefined when absent or not a plain value). */
function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short, printable rendering of an offending value: control and bidi characters escaped, long text cut. */
export function showValue(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") return undefined;
  const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * One zod issue → field, message and allowed values (enum options, unknown keys). With the input, the
 * message names the offending value: `10000000 is out of range, allowed: 0 to 5000 (whole number)`.
 */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): { field: string; message: string; allowed?: string[] } {
  const field = formatFieldPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const where = field || "the top level";
    return {
      field: issue.keys.map((key) => (field ? `${field}.${key}` : key)).join(", "),
      message: `unknown field(s) at ${where}: ${issue.keys.join(", ")}`,
    };
  }
  if (issue.code === "invalid_value") {
    return { field, message: issue.message, allowed: issue.values.map((value) => String(value)) };
  }
  const shown = input === undefined ? undefined : showValue(valueAtPath(input, issue.path));
  if (shown === undefined) return { field, message: issue.message.startsWith("is ") ? `the value ${issue.message}` : issue.message };
  return { field, message: issue.message.startsWith("is ") ? `${shown} ${issue.message}` : `${issue.message} (got ${shown})` };
}

/**
 * Scenarios already validated here, or derived inside core from one that was (the break-even solver's
 * scaled workloads, whose task counts may exceed the input limits by the scale multiplier): parsing
 * them again returns them as they are.
 */
const validated = new WeakSet<object>();

/** Marks a scenario built inside core from a validated one as valid (not for untrusted input). */
export function trustDerivedScenario(scenario: Scenario): Scenario {
  validated.add(scenario);
  return scenario;
}

/**
 * Validates untrusted input (a parsed YAML/JSON file, URL state) into a Scenario with defaults
 * applied. Throws a CoreError `INVALID_SCENARIO` naming the first bad field and what is allowed.
 * @example parseScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] }).services[0].schedule
 * //=> {}  (always on: 730 h)
 */
export function parseScenario(input: unknown): Scenario {
  if (typeof input === "object" && input !== null && validated.has(input)) return input as Scenario;
  const result = ScenarioSchema.safeParse(input);
  if (result.success) return trustDerivedScenario(result.data);
  const [first] = result.error.issues;
  if (!first) throw coreError("INVALID_SCENARIO", "invalid scenario");
  const described = describeIssue(first, input);
  const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more problem(s))` : "";
  throw coreError("INVALID_SCENARIO", `${described.message}${more}`, {
    field: described.field || "(scenario)",
    ...(described.allowed ? { allowed: described.allowed } : {}),
  });
}
