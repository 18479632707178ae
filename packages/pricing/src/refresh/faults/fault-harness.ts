import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPriceBook } from "@repo/core";
import { expect } from "vitest";
import type { RefreshLimits } from "../../faults/refresh-limits";
import type { PriceQuery } from "../../queries/price-query";
import type { PriceSource } from "../../sources/price-source";
import { refreshSnapshotFile } from "../refresh-snapshot-file";
import type { FetchLike } from "../../sources/offer-files/http-get";

/**
 * The connect/read timeout the fault tests run with: short so each fault ends quickly (0.3 s), but
 * 2 s under CI, whose shared machine (load up to 40) was seen to miss a 0.3 s window for a GOOD
 * answer (the region index) before the fault under test was reached. Messages are asserted with
 * `TEST_WAIT_TEXT`, so the assertions are about how a fault ends, never how fast.
 */
export const TEST_WAIT_MS = process.env.CI ? 2_000 : 300;
/** The timeout as the refresh's messages print it ("0.3", "2"), escaped for a RegExp. */
export const TEST_WAIT_TEXT = String(TEST_WAIT_MS / 1000).replace(".", "\\.");
export const TEST_LIMITS: Partial<RefreshLimits> = {
  connectTimeoutMs: TEST_WAIT_MS,
  readTimeoutMs: TEST_WAIT_MS,
  deadlineMs: TEST_WAIT_MS * 10,
  maxDocumentBytes: 256 * 1024,
  maxOfferFileBytes: 1024 ** 2,
  maxPages: 50,
};
export const noWait = { attempts: 2, sleep: async () => undefined, random: () => 0.5 };
export const realFetch: FetchLike = (url, init) => fetch(url, init);

/** A directory holding a previous good snapshot, to prove each failure leaves it byte-identical. */
export function previousSnapshot(): { work: string; out: string; before: Buffer; cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), "refresh-fault-"));
  const out = join(work, "prices.json");
  writeFileSync(out, `${JSON.stringify(embeddedPriceBook().snapshot)}\n`);
  return { work, out, before: readFileSync(out), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * Runs a refresh that must fail and checks the contract of issue 17: it ends with one coded line,
 * the previous snapshot is byte-identical and no temporary file is left. Returns the message.
 */
export async function expectFailedRefresh(
  source: PriceSource,
  spot: { fetch: FetchLike; url: string } | false,
  limits: Partial<RefreshLimits> = TEST_LIMITS,
  queries?: readonly PriceQuery[],
): Promise<string> {
  const { work, out, before, cleanup } = previousSnapshot();
  try {
    const failure = await refreshSnapshotFile(out, {
      regions: ["us-east-1"],
      source,
      baseCatalog: embeddedPriceBook().instanceTypes,
      now: () => new Date("2026-12-01T00:00:00Z"),
      spot,
      retry: noWait,
      limits,
      ...(queries ? { queries } : {}),
    }).then(
      () => new Error("the refresh succeeded"),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toMatch(/^\[core\] [A-Z_]+: /);
    expect(failure.message.split("\n"), failure.message).toHaveLength(1);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(work)).toEqual(["prices.json"]);
    return failure.message;
  } finally {
    cleanup();
  }
}
