// Issue 19 targets, measured side by side in one run: estimate and full analysis of generated
// portfolios of 1, 100, 1,000 and 5,000 services (the schema's
// services-per-cluster cap; the 10,000-service targets are applied to 5,000 as upper bounds), each beside its target and the ratio
// measured ÷ target, the growth exponent from 1k to 5k services, each figure also as a multiple of
// `node -e 0` (process start on this machine, so figures from a loaded machine compare), and the load
// average. Prints; asserts nothing. `BENCH_FULL=1` also analyses 5,000 services (minutes when loaded).
// Last, `costcalc estimate` of a generated 1,000-service file end to end (the built CLI,
// apps/cli/dist/costcalc.mjs, spawned as a user runs it; skipped with a hint when it is not built):
// target ≤ 1 s and ≤ 25 × `node -e 0`. The analysis rows say how many model runs the break-even search made
// over how many breakpoints, and whether it scanned them all ("exact-scan": every crossing) or bisected.
// The model is timed as it ships: bench/model-entry.ts bundled here by esbuild like the library's dist and the CLI
// (sources run under tsx are 1.5-2.5x slower on small scenarios: its keepNames wraps each closure); `BENCH_SOURCE=1`
// times the sources as tsx runs them instead.
// Run: `npx tsx bench/targets.bench.ts` in packages/core.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

type Model = typeof import("./model-entry");
async function loadModel(): Promise<{ model: Model; how: string }> {
  if (process.env.BENCH_SOURCE === "1") return { model: await import("./model-entry"), how: "sources under tsx (BENCH_SOURCE=1)" };
  const outfile = join(mkdtempSync(join(tmpdir(), "core-bench-")), "model.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "model-entry.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    logLevel: "warning",
  });
  return { model: (await import(pathToFileURL(outfile).href)) as Model, how: "esbuild bundle, as shipped" };
}
const { model, how } = await loadModel();
const { analyzeScenario, estimateScenario, embeddedPriceBook, generatePortfolio } = model;
const book = embeddedPriceBook();
const now = (): number => performance.now();
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function nodeStartMs(): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = now();
    spawnSync(process.execPath, ["-e", "0"]);
    runs.push(now() - start);
  }
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

/**
 * Median of `runs` timed calls after one warm-up, each on a FRESH portfolio (another seed): the code
 * is warm (JIT), but no memo (cheapest fit, price tables per scenario) holds an earlier run's answer.
 */
function warmMs(fn: (seed: number) => void, runs: number): number {
  fn(1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    fn(2 + i);
    times.push(now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** Timed runs per size: a median of 3 moved by a third between two runs on this shared machine, so small sizes take more. */
const runsFor = (count: number): number => (count >= 1000 ? 3 : count >= 100 ? 9 : 21);

const TARGET_MS: Record<number, { estimate?: number; analysis?: number }> = {
  1: { analysis: 10 },
  100: { analysis: 50 },
  1000: { analysis: 300 },
  5000: { estimate: 1000, analysis: 5000 },
};

console.log(`load average before: ${load()}`);
console.log(`model code: ${how}`);
const nodeMs = nodeStartMs();
console.log(`node -e 0: ${nodeMs.toFixed(0)} ms (median of 3)\n`);
console.log("warm code, a fresh generated portfolio per timed run (median)");
console.log("services  what      measured ms  target ms  measured/target  × node -e 0  model runs (breakpoints, break-even method)");
const estimates = new Map<number, number>();
const full = process.env.BENCH_FULL === "1";
for (const count of [1, 100, 1000, 5000]) {
  const target = TARGET_MS[count] ?? {};
  const estimateMs = warmMs((seed) => estimateScenario(generatePortfolio(count, seed), book), count >= 1000 ? 1 : 5);
  estimates.set(count, estimateMs);
  const row = (what: string, ms: number, targetMs: number | undefined, runs: string): string =>
    `${String(count).padStart(8)}  ${what.padEnd(8)}  ${ms.toFixed(1).padStart(11)}  ${(targetMs?.toString() ?? "-").padStart(9)}  ` +
    `${(targetMs ? (ms / targetMs).toFixed(2) : "-").padStart(15)}  ${(ms / nodeMs).toFixed(1).padStart(11)}  ${runs}`;
  console.log(row("estimate", estimateMs, target.estimate, "1"));
  if (count === 5000 && !full) {
    console.log(`${String(count).padStart(8)}  analysis  skipped (BENCH_FULL=1 to run; target ${target.analysis} ms)`);
    continue;
  }
  let runs = "";
  const analysisMs = warmMs((seed) => {
    const analysis = analyzeScenario(generatePortfolio(count, seed), book);
    runs = `${analysis.evaluations} (${analysis.breakEven.breakpoints} ${analysis.breakEven.method})`;
  }, runsFor(count));
  console.log(row("analysis", analysisMs, target.analysis, runs));
}
const k1 = estimates.get(1000) ?? 0;
const k5 = estimates.get(5000) ?? 0;
const exponent = Math.log(k5 / k1) / Math.log(5);
console.log(`\nestimate growth exponent 1k → 5k services: ${exponent.toFixed(2)} (target ≤ 1.05; ratio ${(exponent / 1.05).toFixed(2)})`);

const cli = join(import.meta.dirname, "../../../apps/cli/dist/costcalc.mjs");
if (existsSync(cli)) {
  const file = join(mkdtempSync(join(tmpdir(), "costcalc-bench-")), "portfolio-1000.json");
  writeFileSync(file, JSON.stringify(generatePortfolio(1000, 7)));
  const runs: number[] = [];
  let status: number | null = 0;
  for (let i = 0; i < 3; i++) {
    const start = now();
    status = spawnSync(process.execPath, [cli, "estimate", file], { stdio: "ignore" }).status;
    runs.push(now() - start);
  }
  const ms = runs.sort((a, b) => a - b)[1] ?? 0;
  console.log(
    `\ncostcalc estimate, 1,000-service file, end to end (median of 3, exit ${status}): ${ms.toFixed(0)} ms; target 1000 ms (ratio ${(ms / 1000).toFixed(2)}); ` +
      `${(ms / nodeMs).toFixed(1)} × node -e 0 (target ≤ 25; ratio ${(ms / nodeMs / 25).toFixed(2)})`,
  );
} else {
  console.log("\ncostcalc estimate end to end: skipped (build the CLI first: npx -y pnpm@10.34.8 --filter @repo/cli build)");
}
console.log(`load average after: ${load()}`);
