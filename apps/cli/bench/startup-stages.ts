// Bundled by startup.bench.mjs with the CLI's own esbuild settings, then run once per sample: where a
// `costcalc estimate --format json` start goes, measured with the core's public API (what the CLI calls).
import { readFileSync } from "node:fs";
import { embeddedPriceBook, modelScenario, toModelJson } from "@repo/core";
import { parse } from "yaml";

const loaded = performance.now(); // ms since the process started: Node's own start-up + evaluating this bundle
const [scenarioFile = "", snapshotFile = ""] = process.argv.slice(2);
const parseStart = performance.now();
JSON.parse(readFileSync(snapshotFile, "utf8")); // the same JSON.parse the bundle ran while loading
const snapshotParse = performance.now() - parseStart;
const t0 = performance.now();
const book = embeddedPriceBook();
const t1 = performance.now();
const result = modelScenario(parse(readFileSync(scenarioFile, "utf8")), book);
const t2 = performance.now();
const text = JSON.stringify(toModelJson(result), null, 2);
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({
    loadedMs: loaded,
    snapshotParseMs: snapshotParse,
    snapshotIndexMs: t1 - t0,
    modelMs: t2 - t1,
    renderMs: t3 - t2,
    outputBytes: text.length,
  }),
);
