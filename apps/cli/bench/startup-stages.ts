// Bundled by startup.bench.mjs with the CLI's own esbuild settings, then run once per sample: where a
// `costcalc estimate --format json` start goes, measured with the core's public API (what the CLI calls).
import { readFileSync } from "node:fs";
import { embeddedPriceBook, modelBills, modelScenario, toModelJson } from "@repo/core";
import { parse } from "yaml";

const loaded = performance.now(); // ms since the process started: Node's own start-up + evaluating this bundle
const [scenarioFile = "", snapshotFile = "", mode = "model"] = process.argv.slice(2);
if (mode === "bills") {
  // One estimate (the bills of every pattern with constraints applied — modelBills, no analysis) cold, then the same input again in the same process.
  const input: unknown = parse(readFileSync(scenarioFile, "utf8"));
  const book = embeddedPriceBook();
  const c0 = performance.now();
  modelBills(input, book);
  const c1 = performance.now();
  modelBills(input, book);
  const c2 = performance.now();
  process.stdout.write(JSON.stringify({ estimateColdMs: c1 - c0, estimateWarmMs: c2 - c1 }));
  process.exit(0);
}
const parseStart = performance.now();
JSON.parse(readFileSync(snapshotFile, "utf8")); // the same read + JSON.parse the bundle ran while loading
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
