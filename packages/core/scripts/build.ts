/**
 * Builds the publishable library: dist/index.js (one ESM file, decimal.js and zod left as
 * dependencies, source map with sources), dist/types/ (.d.ts from tsc, relative imports given their
 * .js paths so `moduleResolution: nodenext` consumers resolve them), then stages .publish/ for npm pack.
 * The embedded snapshot is validated here (embeddedSnapshotPlugin), not at each start.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { embeddedSnapshotPlugin } from "../../../scripts/build/embedded-snapshot-plugin";
import { addJsExtensions } from "../../../scripts/build/declaration-paths";
import { stagePackage } from "../../../scripts/build/stage-package";
import { createPriceBook } from "../src/price-book/price-book";

const packageDir = resolve(import.meta.dirname, "..");
const dist = join(packageDir, "dist");
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: [join(packageDir, "src/index.ts")],
  outfile: join(dist, "index.js"),
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  packages: "external",
  sourcemap: true,
  sourcesContent: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [embeddedSnapshotPlugin((json) => createPriceBook(json).snapshot)],
});

const tsc = join(packageDir, "node_modules/typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(packageDir, "tsconfig.build.json")], { stdio: "inherit" });
const rewritten = addJsExtensions(join(dist, "types"));
const out = stagePackage(packageDir, ["dist", "README.md"]);
console.error(`built ${dist} (index.js, ${rewritten} .d.ts files) and staged ${out}`);
