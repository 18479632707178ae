import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { Plugin } from "esbuild";

/**
 * The full run-time check of a snapshot file, from @repo/core (passed in, so this helper depends on
 * nothing in the workspace): `(json) => createPriceBook(json).snapshot` — PriceSnapshotSchema, then
 * checkSnapshot; returns the parsed snapshot or throws a coded error naming the field.
 */
export type CheckSnapshot = (json: unknown) => unknown;

/**
 * Checks the embedded price snapshot once, at build time, and inlines it as `JSON.parse("…")`.
 * The build fails when the file does not pass the check or when parsing would change it (defaults,
 * stripped keys): then indexing it unchecked at start-up (core's indexSnapshot) is exactly
 * equivalent to checking it. A JSON string is also parsed faster by V8 than the same object literal
 * (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
export function embeddedSnapshotPlugin(check: CheckSnapshot): Plugin {
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
        return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(json))});`, loader: "js" };
      });
    },
  };
}
