/**
 * Child process of the kill-mid-write fault test: writes the embedded snapshot to argv[2] with
 * `writeSnapshotAtomic`, but stops just before the rename — prints "ready" and waits to be killed.
 * Run: node --import tsx write-and-hang.ts <out>
 */
import { embeddedPriceBook } from "@repo/core";
import { writeSnapshotAtomic } from "../snapshot/write-snapshot-atomic";

const out = process.argv[2] as string;
await writeSnapshotAtomic(out, embeddedPriceBook().snapshot, {
  rename: () => {
    process.stdout.write("ready\n");
    return new Promise<void>(() => setInterval(() => undefined, 60_000));
  },
});
