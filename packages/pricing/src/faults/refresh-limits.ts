import { coreError, message } from "@repo/core";

/**
 * Every bound a refresh runs under, so that it always ends: a server that accepts the connection and
 * never answers, answers a byte a minute, repeats its NextToken forever or streams an endless body is
 * an error after a known time and a known amount of memory, never a hang.
 */
export type RefreshLimits = {
  /** From sending a request to its response headers (connect + TLS + first byte). */
  connectTimeoutMs: number;
  /** The longest quiet gap while a body is being read (a stalled download). */
  readTimeoutMs: number;
  /** The whole refresh, all regions and retries included. */
  deadlineMs: number;
  /**
   * Largest body we read. An EC2 regional offer file is the biggest thing we download (a few
   * hundred MB, streamed in bounded memory); 2 GiB leaves room for growth and stops an endless body.
   */
  maxOfferFileBytes: number;
  /** Small JSON documents read whole (region index, Spot feed, a GetProducts page): memory-bounded. */
  maxDocumentBytes: number;
  /** GetProducts pages per query and region (EC2 Linux/shared in one region is ~10 pages of 100). */
  maxPages: number;
};

export const DEFAULT_REFRESH_LIMITS: RefreshLimits = {
  connectTimeoutMs: 15_000,
  readTimeoutMs: 30_000,
  deadlineMs: 30 * 60_000,
  maxOfferFileBytes: 2 * 1024 ** 3,
  maxDocumentBytes: 32 * 1024 ** 2,
  maxPages: 1_000,
};

export function refreshLimits(overrides: Partial<RefreshLimits> = {}): RefreshLimits {
  return { ...DEFAULT_REFRESH_LIMITS, ...overrides };
}

const secondsText = (ms: number) => (ms >= 1000 ? (ms / 1000).toFixed(0) : (ms / 1000).toFixed(1));
const seconds = (ms: number) => `${secondsText(ms)} s`;
const size = (bytes: number) =>
  bytes >= 1024 ** 3
    ? `${+(bytes / 1024 ** 3).toFixed(1)} GiB`
    : bytes >= 1024 ** 2
      ? `${+(bytes / 1024 ** 2).toFixed(1)} MiB`
      : bytes >= 1024
        ? `${+(bytes / 1024).toFixed(1)} KiB`
        : `${bytes} bytes`;

/** A timeout while waiting on a server: shaped like a network error so it is retried (transient). */
export class RequestTimeoutError extends Error {
  override name = "TimeoutError";
  readonly code = "ETIMEDOUT";
  constructor(what: string, phase: "response" | "body", ms: number) {
    super(
      phase === "response" ? `${what}: no response within ${seconds(ms)}` : `${what}: the download stalled (no data for ${seconds(ms)})`,
    );
  }
}

/** The whole refresh ran out of time: not retried, one line. */
export function deadlineError(ms: number): Error {
  return coreError("PRICE_SOURCE_UNREACHABLE", message("ERR_REFRESH_DEADLINE", { seconds: secondsText(ms) }));
}

export function bodyTooLargeError(what: string, maxBytes: number): Error {
  return coreError("MALFORMED_PRICE_DATA", message("ERR_RESPONSE_TOO_LARGE", { what, limit: size(maxBytes), maxBytes }));
}

/**
 * A signal that aborts after `ms`, carrying `deadlineError(ms)` as its reason, and a way to stop
 * its timer once the work is done (so a finished refresh does not keep the process alive).
 */
export function deadlineSignal(ms: number, parent?: AbortSignal): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(deadlineError(ms)), ms);
  const onParent = () => controller.abort(parent?.reason);
  parent?.addEventListener("abort", onParent, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParent);
    },
  };
}

/** Rejects with the signal's reason as soon as it aborts; otherwise settles like `task`. */
export function raceSignal<T>(task: PromiseLike<T> | T, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(task);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    Promise.resolve(task).then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error as Error);
      },
    );
  });
}
