import { coreError, isCoreError, type CoreError, message, type MessageParams } from "@repo/core";
import { unwrapRetry } from "./retry";

/** How a failed request should be treated. */
export type FailureKind = "throttled" | "transient" | "auth" | "unreachable" | "fatal";

const THROTTLE_NAMES = new Set(["ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded", "Throttling", "SlowDown"]);
const TRANSIENT_NAMES = new Set([
  "ServiceUnavailableException",
  "InternalErrorException",
  "InternalFailure",
  "ServiceUnavailable",
  "RequestTimeout",
  "TimeoutError",
  "RequestTimeoutException",
]);
const AUTH_NAMES = new Set([
  "CredentialsProviderError",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "AccessDeniedException",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "MissingAuthenticationToken",
]);
/** DNS / routing failures: the machine is offline or the host is blocked. */
const OFFLINE_CODES = new Set(["ENOTFOUND", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH", "EAI_AGAIN"]);
/** A connection that broke mid-way: worth another try. */
const BROKEN_CODES = new Set([
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

type ErrorLike = {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
};

function codeOf(error: ErrorLike): string | undefined {
  return error.code ?? (error.cause && typeof error.cause === "object" ? codeOf(error.cause as ErrorLike) : undefined);
}

/**
 * Sorts any thrown value (AWS SDK service error, credential-chain error, fetch/undici network
 * error, HTTP status error) into a failure kind; only "throttled" and "transient" are retried.
 * @example classifyFailure(Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" })) //=> "throttled"
 */
export function classifyFailure(value: unknown): FailureKind {
  if (isCoreError(value)) return "fatal";
  if (!value || typeof value !== "object") return "fatal";
  const error = value as ErrorLike;
  const status = error.$metadata?.httpStatusCode;
  if (THROTTLE_NAMES.has(error.name ?? "") || status === 429) return "throttled";
  if (AUTH_NAMES.has(error.name ?? "") || status === 401 || status === 403) return "auth";
  const code = codeOf(error);
  if (code && OFFLINE_CODES.has(code)) return "unreachable";
  if (TRANSIENT_NAMES.has(error.name ?? "") || (status !== undefined && status >= 500) || (code && BROKEN_CODES.has(code)))
    return "transient";
  if (error.$retryable) return "transient";
  if (error.name === "TypeError" && /fetch failed|terminated/i.test(error.message ?? "")) return "transient";
  return "fatal";
}

/**
 * The one clear message for a failure that ends a refresh (after retries). CoreErrors pass through.
 * @example toRefreshError(credentialsError, "AmazonECS us-east-1").message
 * //=> "[core] PRICE_SOURCE_AUTH: AmazonECS us-east-1: no usable AWS credentials …"
 */
export function toRefreshError(thrown: unknown, what: string): CoreError {
  const { failure: value, attempts } = unwrapRetry(thrown);
  if (isCoreError(value)) {
    // the SDK appends a "Deserialization error: …" line to errors thrown while it reads a body
    value.message = value.message.split("\n")[0] as string;
    return value;
  }
  const error = (value ?? {}) as ErrorLike;
  const cause = error.cause && typeof error.cause === "object" ? (error.cause as ErrorLike).message : undefined;
  const detail = `${error.name ?? "Error"}: ${(error.message ?? String(value)).split("\n")[0]}${cause ? ` (${cause.split("\n")[0]})` : ""}`;
  const params: MessageParams = attempts ? { what, detail, attempts } : { what, detail };
  switch (classifyFailure(value)) {
    case "auth":
      return coreError("PRICE_SOURCE_AUTH", message("ERR_SOURCE_AUTH", { what, detail }));
    case "throttled":
      return coreError("PRICE_SOURCE_THROTTLED", message(attempts ? "ERR_SOURCE_THROTTLED_RETRIED" : "ERR_SOURCE_THROTTLED", params));
    case "unreachable":
      return coreError("PRICE_SOURCE_UNREACHABLE", message("ERR_SOURCE_OFFLINE", { what, detail }));
    case "transient":
      return coreError("PRICE_SOURCE_UNREACHABLE", message(attempts ? "ERR_SOURCE_FAILING_RETRIED" : "ERR_SOURCE_FAILING", params));
    default:
      return coreError("MALFORMED_PRICE_DATA", message("ERR_SOURCE_FAILED", { what, detail }));
  }
}
