// Bundled by startup.bench.mjs with the CLI's own esbuild settings, then run once per sample: where a
// `costcalc estimate --format json` start goes, measured with the core's public API (what the CLI calls).
import { readFileSync } from "node:fs";
import { embeddedPriceBook, GLOBAL_REGION, modelBills, modelScenario, toModelJson } from "@repo/core";
import { parse } from "yaml";

const loaded = performance.now(); // ms since the process started: Node's own start-up + evaluating this bundle
const [scenarioFile = "", mode = "model"] = process.argv.slice(2);
const input = parse(readFileSync(scenarioFile, "utf8")) as { region: string };

/** The embedded snapshot's parts an estimate reads (dist/embedded-snapshot/): meta.json, its region's rates and the global ones. */
function readSnapshotParts(): ReturnType<typeof embeddedPriceBook> {
  const book = embeddedPriceBook();
  book.ratesIn(input.region);
  book.ratesIn(GLOBAL_REGION);
  return book;
}

if (mode === "bills") {
  // One estimate (the bills of every pattern with constraints applied — modelBills, no analysis) cold, then the same input again in the same process.
  const book = readSnapshotParts();
  const c0 = performance.now();
  modelBills(input, book);
  const c1 = performance.now();
  modelBills(input, book);
  const c2 = performance.now();
  process.stdout.write(JSON.stringify({ estimateColdMs: c1 - c0, estimateWarmMs: c2 - c1 }));
  process.exit(0);
}
const t0 = performance.now();
const book = readSnapshotParts();
const t1 = performance.now();
const result = modelScenario(input, book);
const t2 = performance.now();
const text = JSON.stringify(toModelJson(result), null, 2);
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({ loadedMs: loaded, snapshotMs: t1 - t0, modelMs: t2 - t1, renderMs: t3 - t2, outputBytes: text.length }),
);
