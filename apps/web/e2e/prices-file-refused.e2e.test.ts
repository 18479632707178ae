/**
 * Issue 14: a bad PRICES_FILE stops `next start` at start-up (src/instrumentation.ts) with the CLI's
 * `--prices` loader's one-line coded error and exit code 2 — it never comes up to fail on a request.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPriceBook } from "@repo/core";
import { afterAll, describe, expect, it } from "vitest";
import { runWebServerToExit } from "./web-server";

const work = mkdtempSync(join(tmpdir(), "web-bad-prices-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("PRICES_FILE that the loader refuses: the server does not start", () => {
  it("a rate with a negative price: exit 2, one line naming the field of the first offending rate (rates.0.priceUsd)", async () => {
    const snapshot = structuredClone(embeddedPriceBook().snapshot) as { rates: { priceUsd: string }[] };
    snapshot.rates[0]!.priceUsd = "-0.5"; // prices are non-negative plain decimals (the snapshot schema)
    const file = join(work, "negative.json");
    writeFileSync(file, JSON.stringify(snapshot));
    const run = await runWebServerToExit({ PRICES_FILE: file });
    expect(run.exitCode).toBe(2);
    expect(run.answered).toBe(false);
    const line = run.output.split("\n").find((l) => l.startsWith("[web] PRICES_FILE="));
    expect(line).toBe(
      `[web] PRICES_FILE=${file}: [core] INVALID_SNAPSHOT: ${file} is not a price snapshot: must be a plain decimal string such as "0.0404800000" (field: rates.0.priceUsd)`,
    );
  }, 90_000);

  it("a file that does not exist: exit 2 with SNAPSHOT_IO naming the path", async () => {
    const file = join(work, "missing.json");
    const run = await runWebServerToExit({ PRICES_FILE: file });
    expect(run.exitCode).toBe(2);
    expect(run.output).toContain(`[web] PRICES_FILE=${file}: [core] SNAPSHOT_IO: cannot read price snapshot ${file}: no such file`);
  }, 90_000);
});
