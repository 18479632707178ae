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

/** A coded, user-facing error. `field` and `allowed` are also in the message. */
export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly field: string | undefined;
  readonly allowed: readonly string[] | undefined;

  constructor(code: CoreErrorCode, message: string, details: CoreErrorDetails = {}) {
    const where = details.field ? ` (field: ${details.field})` : "";
    const allowed = details.allowed?.length ? `; allowed: ${details.allowed.join(", ")}` : "";
    super(`[core] ${code}: ${message}${where}${allowed}`);
    this.name = "CoreError";
    this.code = code;
    this.field = details.field;
    this.allowed = details.allowed;
  }
}

/**
 * @example coreError("UNKNOWN_REGION", "no prices for xx-east-9", { field: "region" })
 * //=> CoreError "[core] UNKNOWN_REGION: no prices for xx-east-9 (field: region)"
 */
export function coreError(code: CoreErrorCode, message: string, details?: CoreErrorDetails): CoreError {
  return new CoreError(code, message, details);
}

/** Type guard usable across package boundaries (instanceof can fail with duplicated modules). */
export function isCoreError(value: unknown): value is CoreError {
  return value instanceof Error && value.name === "CoreError" && "code" in value;
}
