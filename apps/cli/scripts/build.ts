/**
 * Bundles the CLI into dist/ with esbuild (docs/decisions/0003-build-and-lint-toolchain.md): one ESM
 * entry, dist/costcalc.mjs, with every workspace package and npm dependency inlined, except the AWS
 * SDK, which stays an npm dependency. The refresh code reached through `await import()` is its own
 * chunk, and the build fails if the start-up code would load it (assertLazy). The embedded snapshot is
 * validated here, once, instead of at each start, and written beside the bundle as dist/embedded-snapshot.json
 * (read at start-up, not compiled as part of the JavaScript). The start-up code is minified and leaves out zod's
 * unused locales (less for V8 to compile at each start). Then stages .publish/ for npm pack.
 */
import { chmodSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { createPriceBook } from "@repo/core";
import { assertLazy } from "../../../scripts/build/assert-lazy";
import { embeddedSnapshotPlugin } from "../../../scripts/build/embedded-snapshot-plugin";
import { stagePackage } from "../../../scripts/build/stage-package";
import { zodWithoutLocalesPlugin } from "../../../scripts/build/zod-locales-plugin";

const packageDir = resolve(import.meta.dirname, "..");
const dist = join(packageDir, "dist");
rmSync(dist, { recursive: true, force: true });

// Code splitting: `await import("./prices-refresh")` becomes dist/chunks/prices-refresh-*.mjs, code both
// need goes to shared chunks (one copy of every module, so instanceof and caches hold across them).
// esbuild places modules by reachability, so start-up code must not import a barrel that re-exports
// the SDK's importers: it imports @repo/pricing/snapshot-files, the refresh code imports @repo/pricing.
const result = await build({
  entryPoints: { costcalc: join(packageDir, "src/bin.ts") },
  outdir: dist,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["@aws-sdk/*"],
  // Minified: V8 compiles every byte of the start-up code at each run (issue 18 item 2: compiling the
  // bundle was the largest part of module load); the source map keeps stack traces readable.
  minify: true,
  sourcemap: true,
  sourcesContent: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  // commander and other CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
  plugins: [embeddedSnapshotPlugin((json) => createPriceBook(json).snapshot, { emit: "file" }), zodWithoutLocalesPlugin()],
});

const entry = relative(process.cwd(), join(dist, "costcalc.mjs"));
assertLazy(result.metafile, entry, /@aws-sdk|[\\/]pricing[\\/]src[\\/](refresh|sources[\\/]api)[\\/]/);
chmodSync(join(dist, "costcalc.mjs"), 0o755);
const out = stagePackage(packageDir, ["dist", "README.md"]);
console.error(`built ${dist} and staged ${out}`);
