import type { Metafile } from "esbuild";

/**
 * Fails the build when the entry file (what every command loads at start) imports, statically, a
 * module that must only be loaded by `prices refresh`: the chunk graph is followed through static
 * imports only, so anything reached through `await import()` is allowed.
 * @example assertLazy(metafile, "dist/costcalc.mjs", /^@aws-sdk\//) // throws if the SDK is eager
 */
export function assertLazy(metafile: Metafile, entry: string, lazy: RegExp): void {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const output = metafile.outputs[file];
    if (!output) throw new Error(`no output ${file} in the metafile`);
    for (const imported of output.imports) {
      if (imported.kind !== "import-statement") continue;
      if (lazy.test(imported.path))
        throw new Error(
          `${file} loads ${imported.path} at start-up; it must only be reached through await import() from prices refresh (start-up code imports @repo/pricing/snapshot-files, not the @repo/pricing barrel)`,
        );
      if (!imported.external) visit(imported.path);
    }
    for (const input of Object.keys(output.inputs)) {
      if (lazy.test(input)) throw new Error(`${file} bundles ${input} into the start-up code`);
    }
  };
  visit(entry);
}
