/**
 * Bundles the CLI into dist/ with esbuild (docs/decisions/0003-build-and-lint-toolchain.md):
 * - dist/costcalc-app.cjs: the whole program (src/main.ts), one CommonJS script with every workspace
 *   package and npm dependency inlined, except the AWS SDK, which stays an npm dependency. The refresh
 *   code reached through `await import()` is wrapped by esbuild in a lazy module initialiser: it runs
 *   (and requires the SDK) only when `prices refresh` imports it.
 * - dist/costcalc.mjs: the bin, a small ESM launcher (src/bin.ts, src/launcher/load-app.ts) that
 *   compiles the app with V8's code cache, dist/costcalc-app.v8-cache, written here after a warm-up run
 *   (scripts/write-code-cache.ts, which also fails the build if start-up loaded the AWS SDK).
 * The embedded snapshot is validated here, once, instead of at each start, and written beside the bundle
 * as dist/embedded-snapshot/ (meta.json and one file of rates per region, read when the price book needs
 * them, not compiled as part of the JavaScript). The code is
 * minified and leaves out zod's unused locales (less to read and to cache). Then stages .publish/ for npm pack.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { createPriceBook } from "@repo/core";
import { joinSnapshot, splitSnapshot } from "../../../packages/core/src/price-book/snapshot-parts";
import { embeddedSnapshotPlugin } from "../../../scripts/build/embedded-snapshot-plugin";
import { stagePackage } from "../../../scripts/build/stage-package";
import { zodWithoutLocalesPlugin } from "../../../scripts/build/zod-locales-plugin";
import { COMMONJS_WRAPPER } from "../src/launcher/load-app";

const packageDir = resolve(import.meta.dirname, "..");
const repoRoot = resolve(packageDir, "../..");
const dist = join(packageDir, "dist");
rmSync(dist, { recursive: true, force: true });

const common: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Minified: less source to read, and a smaller code cache to deserialize, at each start.
  minify: true,
  legalComments: "none",
  logLevel: "warning",
};

// The program as one CommonJS script, so the launcher can compile it with a code cache (Node 20 has
// none for ES modules). Without code splitting, esbuild turns `await import("./prices-refresh")` into
// a lazy initialiser of those modules: one copy of every module (instanceof and caches hold), and the
// refresh code and its `require("@aws-sdk/…")` run only when `prices refresh` calls it.
await build({
  ...common,
  entryPoints: { "costcalc-app": join(packageDir, "src/main.ts") },
  outdir: dist,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  external: ["@aws-sdk/*"],
  // Inside CommonJS's wrapper function, which the launcher compiles and calls (src/launcher/load-app.ts).
  banner: { js: COMMONJS_WRAPPER.head },
  footer: { js: COMMONJS_WRAPPER.tail },
  // The source map keeps stack traces readable (node --enable-source-maps).
  sourcemap: true,
  sourcesContent: true,
  plugins: [
    embeddedSnapshotPlugin((json) => createPriceBook(json).snapshot, { emit: { file: { split: splitSnapshot, join: joinSnapshot } } }),
    zodWithoutLocalesPlugin(),
  ],
});
await build({
  ...common,
  entryPoints: { costcalc: join(packageDir, "src/bin.ts") },
  outdir: dist,
  outExtension: { ".js": ".mjs" },
  format: "esm",
  banner: { js: "#!/usr/bin/env node" },
});
chmodSync(join(dist, "costcalc.mjs"), 0o755);

// The code cache: the start-up code and every function a table and a JSON estimate run, compiled once here.
const tools = mkdtempSync(join(tmpdir(), "costcalc-build-"));
try {
  const writer = join(tools, "write-code-cache.mjs");
  await build({ ...common, entryPoints: [join(packageDir, "scripts/write-code-cache.ts")], outfile: writer, format: "esm" });
  const scenario = join(repoRoot, "examples/web-app.yaml");
  const warmUps = [
    ["estimate", scenario],
    ["estimate", scenario, "--format", "json"],
  ];
  execFileSync(process.execPath, [writer, dist, ...warmUps.map((args) => JSON.stringify(args))], { stdio: ["ignore", 2, 2] });
} finally {
  rmSync(tools, { recursive: true, force: true });
}

const out = stagePackage(packageDir, ["dist", "README.md"]);
console.error(`built ${dist} and staged ${out}`);
