import type { z } from "zod";
import { coreError } from "../errors";
import { renderMessage } from "../messages/english";
import { message, type Message, type MessageParams } from "../messages/message";
import { limitIssueOf, type NumberLimit } from "./limits";
import { ScenarioSchema, type Scenario } from "./scenario-schema";
import { ruleOf } from "./coded-rule";
import { valueAtPath, zodIssueMessage } from "./zod-issue-message";

/** Rules whose sentence starts with the value itself ("65537 is out of range, …"): no "(got …)" after them. */
const VALUE_LED_RULES: ReadonlySet<string> = new Set(["ERR_VOLUME_TOO_LARGE"]);

/** `["services", 0, "vcpu"]` → `services[0].vcpu`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, "");
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

/** A range as message parameters: the nested code (`{range:message}`) and its ends. */
export function rangeParams(limit: NumberLimit): MessageParams {
  const range = limit.minExclusive ? "RANGE_ABOVE" : limit.integer ? "RANGE_WHOLE" : "RANGE_REAL";
  return { range, min: limit.min, max: limit.max };
}

/** Where an issue is: the field path, and for a service field its 1-based number and its name. */
function whereParams(path: readonly PropertyKey[], input: unknown): MessageParams {
  const field = formatFieldPath(path);
  const params: MessageParams = { field };
  if (path[0] === "services" && typeof path[1] === "number") {
    params.serviceNumber = path[1] + 1;
    const name = valueAtPath(input, ["services", path[1], "name"]);
    if (typeof name === "string" && name.trim() !== "") params.service = name;
  }
  return params;
}

/** One zod issue as a coded sentence (code + parameters; see messages/en/errors.ts). */
function issueDetail(issue: z.core.$ZodIssue, input: unknown): Message {
  const where = whereParams(issue.path, input);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    return where.field
      ? message("ERR_UNKNOWN_FIELDS", { ...where, at: where.field, keys })
      : message("ERR_UNKNOWN_TOP_FIELDS", { ...where, keys });
  }
  const raw = input === undefined ? undefined : valueAtPath(input, issue.path);
  const shown = input === undefined ? undefined : showValue(raw);
  const value: MessageParams = shown === undefined ? {} : { value: shown };
  if (issue.code === "invalid_value") {
    return message("ERR_NOT_ONE_OF", {
      ...where,
      ...value,
      options: issue.values.map((v) => JSON.stringify(v)).join("|"),
      allowed: issue.values.map(String).join(", "),
    });
  }
  const bounded = limitIssueOf(issue.message);
  if (bounded) {
    const range = rangeParams(bounded.limit);
    if (shown === undefined) {
      return message(bounded.rule === "range" ? "ERR_OUT_OF_RANGE_NO_VALUE" : "ERR_NUMBER_MISSING", { ...where, ...range });
    }
    const code = bounded.rule === "range" ? "ERR_OUT_OF_RANGE" : bounded.rule === "whole" ? "ERR_NOT_WHOLE" : "ERR_NOT_A_NUMBER";
    return message(code, { ...where, ...range, ...value });
  }
  if (
    issue.code === "too_big" &&
    issue.origin === "string" &&
    shown !== undefined &&
    issue.message === `longer than ${issue.maximum} characters`
  ) {
    return message("ERR_TOO_LONG", { ...where, ...value, max: Number(issue.maximum) });
  }
  // A rule of core's (coded-rule.ts) or one of zod's own checks, the offending value after it.
  const rule = ruleOf(issue) ?? zodIssueMessage(issue, raw);
  if (shown === undefined || VALUE_LED_RULES.has(rule.code)) return { code: rule.code, params: { ...where, ...value, ...rule.params } };
  return message("ERR_WITH_VALUE", { ...where, ...value, ...rule.params, rule: rule.code });
}

/**
 * One zod issue → field, message, allowed values (enum options, unknown keys) and the coded sentence
 * (`detail`: code + parameters, for faces that word it themselves). With the input, the message names
 * the offending value: `10000000 is out of range, allowed: 0 to 5000 (whole number)`.
 */
export type DescribedIssue = { field: string; message: string; allowed?: string[]; detail: Message };

export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): DescribedIssue {
  const detail = issueDetail(issue, input);
  const text = renderMessage(detail);
  if (issue.code === "unrecognized_keys") {
    const field = formatFieldPath(issue.path);
    return { field: issue.keys.map((key) => (field ? `${field}.${key}` : key)).join(", "), message: text, detail };
  }
  const field = formatFieldPath(issue.path);
  if (issue.code === "invalid_value") return { field, message: issue.message, allowed: issue.values.map((value) => String(value)), detail };
  return { field, message: text, detail };
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
  if (!first) throw coreError("INVALID_SCENARIO", message("ERR_INVALID_SCENARIO"));
  const described = describeIssue(first, input);
  const more = result.error.issues.length - 1;
  const detail =
    more > 0 ? message("ERR_MORE_PROBLEMS", { ...described.detail.params, first: described.detail.code, more }) : described.detail;
  throw coreError("INVALID_SCENARIO", detail, {
    field: described.field || "(scenario)",
    ...(described.allowed ? { allowed: described.allowed } : {}),
  });
}
