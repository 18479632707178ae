// @repo/pricing/snapshot-files: reading and comparing snapshot files, without the refresh code or the
// AWS SDK, for start-up paths (the CLI's --prices and `prices diff`); the full API is "@repo/pricing".
export { loadSnapshotFile } from "./load-snapshot-file";
export { diffSnapshots, type SnapshotDiff, type RateChange } from "./diff-snapshots";
