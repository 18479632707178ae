import { spawn } from "node:child_process";
import { readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { fargateQuery } from "../../queries/fargate";
import { removeStaleTemps } from "../../snapshot/remove-stale-temps";
import { apiSource } from "../../sources/api/api-source";
import { mockPricingApi } from "../../testing/mock-pricing-api";
import { refreshSnapshotFile } from "../refresh-snapshot-file";
import { previousSnapshot } from "./fault-harness";

const WRITER = fileURLToPath(new URL("../../testing/write-and-hang.ts", import.meta.url));
const TSX = createRequire(import.meta.url).resolve("tsx");

/** Runs the writer in a child, waits until its temp file is flushed (it prints "ready"), then SIGKILLs it. */
async function killMidWrite(out: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ["--import", TSX, WRITER, out], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`writer exited early (${code})`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  child.kill("SIGKILL");
  return exited;
}

describe("kill mid-write: a refresh killed before its rename", () => {
  it("leaves the previous snapshot byte-identical; the next refresh removes the stale temp file and writes the new one", async () => {
    const { work, out, before, cleanup } = previousSnapshot();
    try {
      expect(await killMidWrite(out)).toBe("SIGKILL");
      expect(readFileSync(out).equals(before)).toBe(true);
      const stale = readdirSync(work).filter((name) => name.endsWith(".tmp"));
      expect(stale).toHaveLength(1);
      expect(stale[0]).toMatch(/^\.prices\.json\.\d+\.[0-9a-z]+\.tmp$/);
      const { client } = mockPricingApi();
      const result = await refreshSnapshotFile(out, {
        regions: ["us-east-1"],
        source: apiSource({ client }),
        baseCatalog: embeddedPriceBook().instanceTypes,
        now: () => new Date("2026-12-01T00:00:00Z"),
        spot: false,
        queries: [fargateQuery],
      });
      expect(readdirSync(work)).toEqual(["prices.json"]);
      expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ id: result.snapshot.id });
    } finally {
      cleanup();
    }
  }, 60_000);

  it("removeStaleTemps keeps a live writer's temp file (this process), other files and a fresh temp of a live pid; removes a day-old one", async () => {
    const { work, out, cleanup } = previousSnapshot();
    try {
      const mine = `.prices.json.${process.pid}.abc.tmp`;
      const parent = `.prices.json.${process.ppid}.abc.tmp`; // a live process, fresh file: kept
      const oldParent = `.prices.json.${process.ppid}.old.tmp`; // a live pid but a day old: its pid may be reused, removed
      const unrelated = ".other.json.1.abc.tmp";
      for (const name of [mine, parent, oldParent, unrelated]) writeFileSync(join(work, name), "{");
      const dayAgo = new Date(Date.now() - 25 * 3600_000);
      utimesSync(join(work, oldParent), dayAgo, dayAgo);
      expect(await removeStaleTemps(out)).toEqual([oldParent]);
      expect(readdirSync(work).sort()).toEqual([parent, mine, unrelated, "prices.json"].sort());
    } finally {
      cleanup();
    }
  });
});
