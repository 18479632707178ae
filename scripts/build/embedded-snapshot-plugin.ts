import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Plugin } from "esbuild";

/**
 * The full run-time check of a snapshot file, from @repo/core (passed in, so this helper depends on
 * nothing in the workspace): `(json) => createPriceBook(json).snapshot` — PriceSnapshotSchema, then
 * checkSnapshot; returns the parsed snapshot or throws a coded error naming the field.
 */
export type CheckSnapshot = (json: unknown) => unknown;

/** Where the checked snapshot goes: inlined into the JavaScript, or a JSON file beside the entry. */
export type EmbeddedSnapshotOptions = {
  /**
   * `"inline"` (the library: core stays free of file-system access): `JSON.parse("…")` in the bundle.
   * `"file"` (the CLI, a Node program): `<outdir>/embedded-snapshot.json`, read with `readFileSync` where
   * the snapshot module is evaluated. V8 then neither compiles nor keeps in memory a 1 MB string literal
   * inside the bundle's source at every start (issue 18: ≈ 7 MB less peak RSS).
   */
  emit?: "inline" | "file";
};

/** The file the "file" mode writes, in the build's outdir; chunks live in `<outdir>/chunks/`. */
export const EMBEDDED_SNAPSHOT_FILE = "embedded-snapshot.json";

/**
 * Checks the embedded price snapshot once, at build time, and inlines it as `JSON.parse("…")` (or
 * writes it beside the bundle, `emit: "file"`). The build fails when the file does not pass the check or
 * when parsing would change it (defaults, stripped keys): then indexing it unchecked at start-up
 * (core's indexSnapshot) is exactly equivalent to checking it. A JSON string is also parsed faster by
 * V8 than the same object literal (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
export function embeddedSnapshotPlugin(check: CheckSnapshot, options: EmbeddedSnapshotOptions = {}): Plugin {
  return {
    name: "embedded-snapshot",
    setup(build) {
      build.onLoad({ filter: /[\\/]embedded-snapshot\.json$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        const json: unknown = JSON.parse(text);
        let parsed: unknown;
        try {
          parsed = check(json);
        } catch (error) {
          throw new Error(`${args.path} is not a valid price snapshot: ${(error as Error).message}`);
        }
        if (!isDeepStrictEqual(parsed, json))
          throw new Error(`${args.path}: PriceSnapshotSchema would change the file (defaults or unknown keys)`);
        if (options.emit !== "file")
          return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(json))});`, loader: "js" };
        const outdir = build.initialOptions.outdir;
        if (!outdir) throw new Error('embeddedSnapshotPlugin({ emit: "file" }) needs the build\'s outdir');
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, EMBEDDED_SNAPSHOT_FILE), JSON.stringify(json));
        // A CommonJS bundle (the CLI's) is one file in outdir: the file is beside it, in __dirname.
        if (build.initialOptions.format === "cjs")
          return {
            contents: [
              'import { readFileSync } from "node:fs";',
              'import { join } from "node:path";',
              `export default JSON.parse(readFileSync(join(__dirname, "${EMBEDDED_SNAPSHOT_FILE}"), "utf8"));`,
            ].join("\n"),
            loader: "js",
          };
        // An ES module lands in the entry (outdir) or in a shared chunk (outdir/chunks/): find the file from either.
        return {
          contents: [
            'import { readFileSync } from "node:fs";',
            'const here = new URL(".", import.meta.url);',
            `const file = new URL(here.pathname.endsWith("/chunks/") ? "../${EMBEDDED_SNAPSHOT_FILE}" : "${EMBEDDED_SNAPSHOT_FILE}", here);`,
            'export default JSON.parse(readFileSync(file, "utf8"));',
          ].join("\n"),
          loader: "js",
        };
      });
    },
  };
}
