// Bundled by startup.bench.mjs: runs the stage probe (bundled as CommonJS like dist/costcalc-app.cjs) the way
// the CLI's launcher runs the app — compiled by src/launcher/load-app.ts with a V8 code cache, written by a
// warm-up run (WRITE_CODE_CACHE=1) as scripts/write-code-cache.ts writes the CLI's at build time.
// Usage: node probe-runner.mjs <probe.cjs> <cache file> …the probe's own arguments
import { writeFileSync } from "node:fs";
import { loadCommonJs } from "../src/launcher/load-app";

const [file = "", cacheFile = ""] = process.argv.splice(2, 2);
const { script } = loadCommonJs(file, cacheFile);
if (process.env.WRITE_CODE_CACHE === "1") process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
