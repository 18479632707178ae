import { classifyFailure } from "./classify-error";

export type RetryPolicy = {
  /** Total attempts including the first (default 5). */
  attempts: number;
  /** Backoff base and cap in milliseconds (default 500 ms doubling, capped at 20 s). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injectable for tests: no real waiting, deterministic jitter. */
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
};

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Delay before retry number `attempt` (1-based): "full jitter" exponential backoff, a uniform draw
 * in [0, min(cap, base × 2^(attempt-1))) (AWS Architecture Blog, "Exponential Backoff And Jitter").
 * Jitter spreads concurrent clients so they do not hit a throttled API in lock-step.
 * @example backoffDelayMs(3, { baseDelayMs: 500, maxDelayMs: 20000, random: () => 0.5 }) //=> 1000
 */
export function backoffDelayMs(attempt: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "random">): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

/**
 * Runs `task`, retrying throttling and transient failures (see `classifyFailure`) with backoff.
 * Other failures are rethrown unchanged; when retries run out, a `RetriesExhausted` carries the
 * last failure and the attempt count.
 */
export async function withRetry<T>(task: (attempt: number) => Promise<T>, policy: Partial<RetryPolicy> = {}): Promise<T> {
  const p: RetryPolicy = { ...DEFAULT_RETRY, ...policy };
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      const kind = classifyFailure(error);
      if (kind !== "throttled" && kind !== "transient") throw error;
      if (attempt >= p.attempts) throw new RetriesExhausted(error, attempt);
      const delayMs = backoffDelayMs(attempt, p);
      p.onRetry?.({ attempt, delayMs, error });
      await p.sleep(delayMs);
    }
  }
}

/** Wraps the final failure with the number of attempts made (for the user-facing message). */
export class RetriesExhausted extends Error {
  override name = "RetriesExhausted";
  constructor(
    readonly failure: unknown,
    readonly attempts: number,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/** The underlying failure and attempt count of anything `withRetry` threw. */
export function unwrapRetry(error: unknown): { failure: unknown; attempts: number | undefined } {
  return error instanceof RetriesExhausted
    ? { failure: error.failure, attempts: error.attempts > 1 ? error.attempts : undefined }
    : { failure: error, attempts: undefined };
}
