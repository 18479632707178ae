import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPriceBook, type PriceSnapshot } from "@repo/core";
import { afterAll, describe, expect, it } from "vitest";
import { loadSnapshotFile } from "./load-snapshot-file";
import { writeSnapshotAtomic } from "./write-snapshot-atomic";

const work = mkdtempSync(join(tmpdir(), "snapshot-io-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const snapshot = embeddedPriceBook().snapshot;

describe("writeSnapshotAtomic", () => {
  it("writes a file that loads back as the same price book", async () => {
    const path = join(work, "ok.json");
    await writeSnapshotAtomic(path, snapshot);
    expect(loadSnapshotFile(path).snapshot).toEqual(snapshot);
  });

  it("a failure at the rename step leaves the previous file intact and removes the temp file", async () => {
    const dir = mkdtempSync(join(work, "rename-"));
    const path = join(dir, "prices.json");
    writeFileSync(path, "previous good snapshot");
    const failingRename = async () => {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    };
    await expect(writeSnapshotAtomic(path, snapshot, { rename: failingRename })).rejects.toThrow(
      /SNAPSHOT_IO: cannot write .*ENOSPC.*the previous file is unchanged/,
    );
    expect(readFileSync(path, "utf8")).toBe("previous good snapshot");
    expect(readdirSync(dir)).toEqual(["prices.json"]);
  });

  it("an invalid snapshot is refused before anything is written", async () => {
    const path = join(work, "never.json");
    const bad = { ...snapshot, rates: [{ ...snapshot.rates[0], priceUsd: "0.1e-2" }] } as PriceSnapshot;
    await expect(writeSnapshotAtomic(path, bad)).rejects.toThrow(/decimal string/);
    expect(readdirSync(work)).not.toContain("never.json");
  });
});

describe("loadSnapshotFile", () => {
  it.each([
    { label: "missing file", content: undefined, message: /SNAPSHOT_IO: cannot read price snapshot .*missing\.json: no such file/ },
    { label: "not JSON", content: "{ prices", message: /INVALID_SNAPSHOT: .*missing\.json is not valid JSON/ },
    {
      label: "JSON but not a snapshot",
      content: '{"schemaVersion":1}',
      message: /INVALID_SNAPSHOT: .*missing\.json is not a price snapshot: .*\(field: id\)/,
    },
  ])("$label → one coded error naming the file", ({ content, message }) => {
    const path = join(work, "missing.json");
    rmSync(path, { force: true });
    if (content !== undefined) writeFileSync(path, content);
    expect(() => loadSnapshotFile(path)).toThrow(message);
  });
});

describe("loadSnapshotFile errors as codes (a face words them; the English above is unchanged)", () => {
  const detailOf = (path: string) => {
    try {
      loadSnapshotFile(path);
    } catch (error) {
      return (error as { detail: { code: string; params: Record<string, unknown> } }).detail;
    }
    return undefined;
  };

  it("a missing file is ERR_SNAPSHOT_FILE_MISSING with its path", () => {
    const path = join(work, "absent.json");
    expect(detailOf(path)).toEqual({ code: "ERR_SNAPSHOT_FILE_MISSING", params: { path } });
  });

  it("a snapshot core refuses nests core's own code: a file with no rates → ERR_SNAPSHOT_NO_RATES", () => {
    const path = join(work, "no-rates.json");
    writeFileSync(path, JSON.stringify({ ...snapshot, rates: [] }));
    expect(detailOf(path)).toEqual({
      code: "ERR_SNAPSHOT_FILE_INVALID_FIELD",
      params: { problem: "ERR_SNAPSHOT_NO_RATES", path, problemField: "rates" },
    });
  });
});
