import { z } from "zod";
import { message, type Message, type MessageParams } from "../messages/message";

/** The input value at an issue's path (undefined when absent or not reachable). */
export function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's name for a value's type, as its English messages print it ("number", "NaN", "Infinity", "null"). */
function typeName(type: string, value?: unknown): string {
  if (type === "number" && typeof value === "number" && !Number.isFinite(value)) return String(value);
  return type === "nan" ? "NaN" : type;
}

/** zod's own rendering of a literal ("x" quoted, 1n, 1). */
const literal = (value: unknown) => (typeof value === "string" ? `"${value}"` : typeof value === "bigint" ? `${value}n` : String(value));

const SIZED: Record<string, "CHARACTERS" | "ITEMS"> = { string: "CHARACTERS", array: "ITEMS", set: "ITEMS" };

/**
 * One of zod's own checks (a type, a size, a format) as a code with its values; the English template is
 * zod's sentence (messages/en/schema-errors.ts), so the CLI's line is unchanged. `raw` is the input at the
 * issue's path (zod drops it from the issue). A check zod words differently (a map, a file) is `ERR_ZOD_INVALID`.
 * @example zodIssueMessage({ code: "too_big", origin: "number", maximum: 6, inclusive: true, path: [], message: "", input: 9 }, 9)
 * //=> { code: "ERR_ZOD_TOO_BIG", params: { origin: "number", relation: "<=", maximum: "6" } }
 */
export function zodIssueMessage(issue: z.core.$ZodIssue, raw: unknown): Message {
  switch (issue.code) {
    case "invalid_type":
      return message("ERR_ZOD_TYPE", { expected: typeName(issue.expected), received: typeName(z.core.util.parsedType(raw), raw) });
    case "invalid_value":
      return issue.values.length === 1
        ? message("ERR_ZOD_LITERAL", { expected: literal(issue.values[0]) })
        : message("ERR_NOT_ONE_OF", { options: issue.values.map(literal).join("|"), allowed: issue.values.map(String).join(", ") });
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      if (issue.exact || (issue.origin !== "number" && issue.origin !== "int" && !(issue.origin in SIZED))) {
        return message("ERR_ZOD_INVALID");
      }
      const inclusive = issue.inclusive ? "=" : "";
      const bound: MessageParams = big ? { maximum: String(issue.maximum) } : { minimum: String(issue.minimum) };
      const sized = SIZED[issue.origin];
      const code = big
        ? sized
          ? (`ERR_ZOD_TOO_BIG_${sized}` as const)
          : "ERR_ZOD_TOO_BIG"
        : sized
          ? (`ERR_ZOD_TOO_SMALL_${sized}` as const)
          : "ERR_ZOD_TOO_SMALL";
      return message(code, { origin: issue.origin, relation: `${big ? "<" : ">"}${inclusive}`, ...bound });
    }
    case "invalid_format":
      return issue.format === "regex" && issue.pattern
        ? message("ERR_ZOD_PATTERN", { pattern: issue.pattern })
        : message("ERR_ZOD_INVALID");
    case "not_multiple_of":
      return message("ERR_ZOD_MULTIPLE_OF", { divisor: String(issue.divisor) });
    case "unrecognized_keys":
      return message(issue.keys.length > 1 ? "ERR_ZOD_UNRECOGNIZED_KEYS" : "ERR_ZOD_UNRECOGNIZED_KEY", {
        keys: issue.keys.map(literal).join(", "),
      });
    case "invalid_key":
      return message("ERR_ZOD_INVALID_KEY", { origin: issue.origin });
    case "invalid_element":
      return message("ERR_ZOD_INVALID_ELEMENT", { origin: issue.origin });
    default:
      return message("ERR_ZOD_INVALID");
  }
}
