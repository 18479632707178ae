import { renderMessage } from "./messages/english";
import type { Message, MessageParams } from "./messages/message";

/**
 * Every error the core raises, with a stable code. Messages are prefixed `[core] CODE:` so a
 * user (or a CI log) can tell at a glance which rule was broken and where.
 *
 * Expected absences (a missing price) are NOT errors: they are returned as `MissingRate` values.
 */
export const CORE_ERROR_CODES = [
  "INVALID_DECIMAL",
  "INVALID_QUANTITY",
  "INVALID_SCENARIO",
  "INVALID_FARGATE_SIZE",
  "UNKNOWN_REGION",
  "UNKNOWN_INSTANCE_TYPE",
  "INVALID_SNAPSHOT",
  "INVALID_OPTION",
  /** An imported workload file (ECS task definition, Kubernetes object) cannot be turned into services. */
  "INVALID_WORKLOAD",
  // price refresh (packages/pricing): one clear message each, the previous snapshot stays in use
  "PRICE_SOURCE_AUTH",
  "PRICE_SOURCE_UNREACHABLE",
  "PRICE_SOURCE_THROTTLED",
  "MALFORMED_PRICE_DATA",
  "SNAPSHOT_IO",
] as const;

export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

export type CoreErrorDetails = {
  /** Dotted path of the offending input field, e.g. `services[0].memoryGib`. */
  field?: string;
  /** The values that would have been accepted, when there is a closed set. */
  allowed?: readonly string[];
};

/**
 * A coded, user-facing error. `detail` is the sentence as a message code with its parameters (the
 * values it needs: `field`, `value`, `min`, `max`, `service`, …): faces word it in their language from
 * the code (`renderMessage` is core's English; the web's Japanese is apps/web/src/lib/ja/). `message` is
 * the CLI's one line, `[core] CODE: <English> (field: …); allowed: …`. Every error is a code: there is no
 * English-text fallback, so the compiler refuses a sentence passed as a string.
 */
export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly field: string | undefined;
  readonly allowed: readonly string[] | undefined;
  readonly detail: Message;

  constructor(code: CoreErrorCode, detail: Message, details: CoreErrorDetails = {}) {
    const where = details.field ? ` (field: ${details.field})` : "";
    const allowed = details.allowed?.length ? `; allowed: ${details.allowed.join(", ")}` : "";
    super(`[core] ${code}: ${renderMessage(detail)}${where}${allowed}`);
    this.name = "CoreError";
    this.code = code;
    this.field = details.field;
    this.allowed = details.allowed;
    this.detail = detail;
  }

  /** The parameters of `detail` (what the sentence needs). */
  get params(): MessageParams {
    return this.detail.params;
  }
}

/**
 * @example coreError("UNKNOWN_REGION", message("ERR_UNKNOWN_REGION", { region: "xx-east-9" }), { field: "region" })
 * //=> CoreError '[core] UNKNOWN_REGION: "xx-east-9" is not an AWS commercial region (field: region)'
 * @example coreError("INVALID_SCENARIO", message("ERR_OUT_OF_RANGE", { value: -1, range: "RANGE_WHOLE", min: 0, max: 5000 }), { field: "services[0].taskCount" }).message
 * //=> "[core] INVALID_SCENARIO: -1 is out of range, allowed: 0 to 5000 (whole number) (field: services[0].taskCount)"
 */
export function coreError(code: CoreErrorCode, detail: Message, details?: CoreErrorDetails): CoreError {
  return new CoreError(code, detail, details);
}

/** Type guard usable across package boundaries (instanceof can fail with duplicated modules). */
export function isCoreError(value: unknown): value is CoreError {
  return value instanceof Error && value.name === "CoreError" && "code" in value;
}
