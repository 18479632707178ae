import { splitSnapshot, type SnapshotParts } from "../price-book/snapshot-parts";
import type { PriceSnapshot } from "../price-book/snapshot";
import embeddedSnapshot from "./embedded-snapshot.json" with { type: "json" };

/**
 * Where embeddedPriceBook() reads the embedded snapshot: in the workspace and the library, the imported
 * JSON, split in memory. The CLI's build replaces this module with one that reads the parts the build
 * wrote beside the bundle, one file per region, when they are asked for
 * (scripts/build/embedded-snapshot-plugin.ts, `emit: "file"`).
 */
export function embeddedSnapshotParts(): SnapshotParts {
  const { meta, rates } = splitSnapshot(embeddedSnapshot as PriceSnapshot);
  return { meta: () => meta, rates: (region) => rates.get(region) ?? [] };
}
