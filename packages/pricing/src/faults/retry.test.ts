import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffDelayMs, withRetry } from "./retry";
import { classifyFailure } from "./classify-error";

const policy = { baseDelayMs: 500, maxDelayMs: 20_000 };

describe("backoffDelayMs (full jitter)", () => {
  it.each([
    { label: "first retry, top of the range", attempt: 1, random: 0.999, expected: 499 }, // < 500 × 2^0
    { label: "third retry, middle", attempt: 3, random: 0.5, expected: 1000 }, // 0.5 × 500 × 2^2
    { label: "tenth retry is capped at 20 s", attempt: 10, random: 0.5, expected: 10_000 }, // 0.5 × min(20000, 256000)
    { label: "random 0 → no wait", attempt: 4, random: 0, expected: 0 },
  ])("$label → $expected ms", ({ attempt, random, expected }) => {
    expect(backoffDelayMs(attempt, { ...policy, random: () => random })).toBe(expected);
  });

  it("always within [0, min(cap, base × 2^(n-1)))", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.9999, noNaN: true }), (attempt, r) => {
        const delay = backoffDelayMs(attempt, { ...policy, random: () => r });
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
      }),
    );
  });
});

describe("withRetry", () => {
  const transient = Object.assign(new Error("Service Unavailable"), { $metadata: { httpStatusCode: 503 } });
  it("retries transient failures and returns the first success", async () => {
    let calls = 0;
    const result = await withRetry(async () => (++calls < 3 ? Promise.reject(transient) : "ok"), { sleep: async () => undefined });
    expect([result, calls]).toEqual(["ok", 3]);
  });
  it("does not retry a fatal failure", async () => {
    let calls = 0;
    await expect(
      withRetry(async () => Promise.reject(new SyntaxError(`call ${++calls}`)), { sleep: async () => undefined }),
    ).rejects.toThrow("call 1");
  });
});

describe("classifyFailure", () => {
  it.each([
    { label: "HTTP 429", error: { $metadata: { httpStatusCode: 429 } }, kind: "throttled" },
    { label: "ThrottlingException", error: { name: "ThrottlingException" }, kind: "throttled" },
    { label: "HTTP 500", error: { $metadata: { httpStatusCode: 500 } }, kind: "transient" },
    {
      label: "connection reset inside fetch's cause",
      error: { name: "TypeError", message: "fetch failed", cause: { code: "ECONNRESET" } },
      kind: "transient",
    },
    { label: "DNS failure", error: { code: "ENOTFOUND" }, kind: "unreachable" },
    { label: "no credentials", error: { name: "CredentialsProviderError" }, kind: "auth" },
    { label: "HTTP 403", error: { $metadata: { httpStatusCode: 403 } }, kind: "auth" },
    { label: "a bug", error: new RangeError("x"), kind: "fatal" },
  ])("$label → $kind", ({ error, kind }) => {
    expect(classifyFailure(Object.assign(new Error("e"), error))).toBe(kind);
  });
});
