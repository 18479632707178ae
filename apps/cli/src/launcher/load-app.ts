/**
 * Loads the built CLI (dist/costcalc-app.cjs, one CommonJS module in its wrapper function) with V8's code cache
 * (dist/costcalc-app.v8-cache, written by scripts/build.ts after a warm-up estimate): the bytecode of
 * the start-up code and of every function that estimate ran, so a start neither parses the bundle nor
 * compiles those functions again (issue 18 item 2). Node 20 has no module compile cache for ESM, and a
 * shebang bin cannot pass node flags, so the script is compiled here with `vm.Script` + `cachedData`.
 * A cache made by another Node/V8 version (or with other V8 flags) is rejected by V8 and the script is
 * compiled from source: the same program either way, only slower.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/** The bundled app, beside this file; its code cache; both written by scripts/build.ts. */
export const APP_FILE = "costcalc-app.cjs";
export const CODE_CACHE_FILE = "costcalc-app.v8-cache";

/** What dist/costcalc-app.cjs exports (src/main.ts). */
export type App = typeof import("../main");

export type LoadedApp = { app: App; script: Script; cacheRejected: boolean | undefined };
export type LoadedScript = { exports: unknown; script: Script; cacheRejected: boolean | undefined };

/**
 * CommonJS's own wrapper, which the build writes around the bundle (scripts/build.ts: esbuild's banner and
 * footer), so the file is the script's source as it is: no second copy of ≈ 0.7 MB made by concatenation.
 */
export const COMMONJS_WRAPPER = { head: "(function (exports, require, module, __filename, __dirname) {", tail: "})" };

/**
 * Compiles and runs a CommonJS bundle written inside COMMONJS_WRAPPER, as Node's `require` runs a module,
 * with V8's code cache in `cacheFile` when there is one (`cacheRejected`: undefined = no cache file, true =
 * V8 refused it and compiled from source).
 */
export function loadCommonJs(file: string, cacheFile: string): LoadedScript {
  const source = readFileSync(file, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // no cache (a build that did not write one): compile from source
  }
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected };
}

/** Loads dist/costcalc-app.cjs (`dir` = dist/) with dist/costcalc-app.v8-cache. */
export function loadApp(dir: string): LoadedApp {
  const { exports, script, cacheRejected } = loadCommonJs(join(dir, APP_FILE), join(dir, CODE_CACHE_FILE));
  return { app: exports as App, script, cacheRejected };
}
