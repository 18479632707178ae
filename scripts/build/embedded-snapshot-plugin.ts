import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Plugin } from "esbuild";

/**
 * The full run-time check of a snapshot file, from @repo/core (passed in, so this helper depends on
 * nothing in the workspace): `(json) => createPriceBook(json).snapshot` — PriceSnapshotSchema, then
 * checkSnapshot; returns the parsed snapshot or throws a coded error naming the field.
 */
export type CheckSnapshot = (json: unknown) => unknown;

/** How the CLI's build splits the snapshot and how core joins it back (core's price-book/snapshot-parts.ts, passed in). */
export type SnapshotSplitting = {
  split: (snapshot: never) => { meta: { rateRegions: readonly string[] }; rates: Map<string, unknown[]> };
  join: (parts: { meta(): never; rates(region: string): never }) => unknown;
};

/** Where the checked snapshot goes: inlined into the JavaScript, or JSON files beside the bundle. */
export type EmbeddedSnapshotOptions = {
  /**
   * `"inline"` (the library: core stays free of file-system access): `JSON.parse("…")` in the bundle.
   * `"file"` (the CLI, a CommonJS bundle run by Node): `<outdir>/embedded-snapshot/meta.json` (all but the
   * rates) and one `<region>.json` of rates per region, read by core's embedded-snapshot-parts.ts (which
   * this plugin replaces) when the price book first needs them: an estimate reads only its region's file
   * and `global.json`, and V8 never compiles a 1 MB string literal (issue 18: ≈ 7 MB less peak RSS).
   */
  emit?: "inline" | { file: SnapshotSplitting };
};

/** The folder the "file" mode writes, in the build's outdir. */
export const EMBEDDED_SNAPSHOT_DIR = "embedded-snapshot";

/** Reads, checks and returns the snapshot file (throws naming the field, or if parsing would change it). */
function checkedSnapshot(path: string, check: CheckSnapshot): unknown {
  const json: unknown = JSON.parse(readFileSync(path, "utf8"));
  let parsed: unknown;
  try {
    parsed = check(json);
  } catch (error) {
    throw new Error(`${path} is not a valid price snapshot: ${(error as Error).message}`);
  }
  if (!isDeepStrictEqual(parsed, json)) throw new Error(`${path}: PriceSnapshotSchema would change the file (defaults or unknown keys)`);
  return json;
}

/** Writes the parts and reads them back through core's join: the build fails unless that gives the file, byte for byte. */
function writeParts(snapshot: unknown, dir: string, { split, join: joinParts }: SnapshotSplitting): void {
  const { meta, rates } = split(snapshot as never);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const region of meta.rateRegions) {
    if (!/^[a-z0-9-]+$/.test(region)) throw new Error(`embedded snapshot: region "${region}" cannot name a file`);
    writeFileSync(join(dir, `${region}.json`), JSON.stringify(rates.get(region)));
  }
  writeFileSync(join(dir, "meta.json"), JSON.stringify(meta));
  const read = (name: string): never => JSON.parse(readFileSync(join(dir, name), "utf8")) as never;
  const joined = joinParts({ meta: () => read("meta.json"), rates: (region) => read(`${region}.json`) });
  if (JSON.stringify(joined) !== JSON.stringify(snapshot)) throw new Error(`${dir}: the parts do not join back into the embedded snapshot`);
}

/** The module that replaces core's snapshot/embedded-snapshot-parts.ts in the CLI: the parts, read from the files when asked for. */
const PARTS_READER = [
  'import { readFileSync } from "node:fs";',
  'import { join } from "node:path";',
  `const read = (name) => JSON.parse(readFileSync(join(__dirname, "${EMBEDDED_SNAPSHOT_DIR}", name), "utf8"));`,
  "let meta;",
  "export function embeddedSnapshotParts() {",
  '  return { meta: () => (meta ??= read("meta.json")), rates: (region) => read(region + ".json") };',
  "}",
].join("\n");

/**
 * Checks the embedded price snapshot once, at build time, and inlines it as `JSON.parse("…")` (or
 * writes it beside the bundle in parts, `emit: { file }`). The build fails when the file does not pass the check or
 * when parsing would change it (defaults, stripped keys): then indexing it unchecked at start-up
 * (core's indexSnapshot / partsPriceBook) is exactly equivalent to checking it. A JSON string is also parsed faster by
 * V8 than the same object literal (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
export function embeddedSnapshotPlugin(check: CheckSnapshot, options: EmbeddedSnapshotOptions = {}): Plugin {
  return {
    name: "embedded-snapshot",
    setup(build) {
      const emit = options.emit ?? "inline";
      if (emit === "inline") {
        build.onLoad({ filter: /[\\/]embedded-snapshot\.json$/ }, (args) => {
          const json = checkedSnapshot(args.path, check);
          return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(json))});`, loader: "js" };
        });
        return;
      }
      const outdir = build.initialOptions.outdir;
      if (!outdir || build.initialOptions.format !== "cjs")
        throw new Error(
          "embeddedSnapshotPlugin({ emit: { file } }) needs a CommonJS build with an outdir (the file is read from __dirname)",
        );
      build.onLoad({ filter: /[\\/]snapshot[\\/]embedded-snapshot-parts\.ts$/ }, (args) => {
        const json = checkedSnapshot(join(dirname(args.path), "embedded-snapshot.json"), check);
        writeParts(json, join(outdir, EMBEDDED_SNAPSHOT_DIR), emit.file);
        return { contents: PARTS_READER, loader: "js" };
      });
    },
  };
}
