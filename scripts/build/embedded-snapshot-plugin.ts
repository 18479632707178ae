import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { Plugin } from "esbuild";

/** What the plugin needs from @repo/core (passed in, so this helper depends on nothing in the workspace). */
export type SnapshotSchema = { safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };

/**
 * Checks the embedded price snapshot once, at build time, and inlines it as `JSON.parse("…")`.
 * The build fails when the file does not pass PriceSnapshotSchema or when parsing would change it
 * (defaults, stripped keys): then skipping the zod pass at start-up (core's indexSnapshot) is exactly
 * equivalent to validating. A JSON string is also parsed faster by V8 than the same object literal
 * (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
export function embeddedSnapshotPlugin(schema: SnapshotSchema): Plugin {
  return {
    name: "embedded-snapshot",
    setup(build) {
      build.onLoad({ filter: /[\\/]embedded-snapshot\.json$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        const json: unknown = JSON.parse(text);
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(`${args.path} is not a valid price snapshot: ${issue?.path.join(".")}: ${issue?.message}`);
        }
        if (!isDeepStrictEqual(parsed.data, json)) throw new Error(`${args.path}: PriceSnapshotSchema would change the file (defaults or unknown keys)`);
        return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(json))});`, loader: "js" };
      });
    },
  };
}
