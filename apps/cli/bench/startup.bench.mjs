#!/usr/bin/env node
/**
 * Start-up bench of the built CLI (issue 18): `costcalc estimate examples/web-app.yaml --format json`
 * start to finish against `node -e 0`, run alternately in the same loop (so both see the same machine
 * load), median of RUNS; peak RSS of the CLI; and where the time goes (module load, snapshot, model,
 * render). Prints figures only; nothing here is asserted. Needs `pnpm --filter @repo/cli build`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const RUNS = Number(process.env.RUNS ?? 7);
const cliDir = resolve(import.meta.dirname, "..");
const repoRoot = resolve(cliDir, "../..");
const bin = join(cliDir, "dist/costcalc.mjs");
if (!existsSync(bin)) throw new Error(`${bin} is missing: run npx -y pnpm@10.34.8 --filter @repo/cli build first`);
const scenario = "examples/web-app.yaml";
const snapshotDir = join(cliDir, "dist/embedded-snapshot");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
function timed(args, extra = [], env = {}) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [...extra, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return { elapsed, stdout: run.stdout, stderr: run.stderr };
}

// The stage probe, bundled like the CLI (dist/costcalc-app.cjs: one minified CommonJS module in its wrapper) and run like
// it (compiled with a V8 code cache, bench/probe-runner.ts = the launcher's src/launcher/load-app.ts).
const probeDir = mkdtempSync(join(tmpdir(), "costcalc-bench-"));
const probeScript = join(probeDir, "stages.cjs");
const probeCache = join(probeDir, "stages.v8-cache");
const runner = join(probeDir, "probe-runner.mjs");
await build({
  entryPoints: [join(cliDir, "bench/probe-runner.ts")],
  outfile: runner,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
await build({
  entryPoints: [join(cliDir, "bench/startup-stages.ts")],
  outfile: probeScript,
  bundle: true,
  format: "cjs",
  // inside CommonJS's wrapper function, as scripts/build.ts writes the app (COMMONJS_WRAPPER, src/launcher/load-app.ts)
  banner: { js: "(function (exports, require, module, __filename, __dirname) {" },
  footer: { js: "})" },
  platform: "node",
  target: "node20",
  minify: true,
  logLevel: "warning",
  plugins: [
    {
      // as scripts/build/zod-locales-plugin.ts does for the CLI: zod's unused locales left out
      name: "zod-without-locales",
      setup(b) {
        b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
          /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-without-locales" } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: "zod-without-locales" }, () => ({ contents: "export {};", loader: "js" }));
      },
    },
    {
      // as scripts/build/embedded-snapshot-plugin.ts does for the CLI (emit: { file }): the parts the CLI's build
      // wrote in dist/embedded-snapshot/, each read when the price book first needs it
      name: "snapshot-parts-from-files",
      setup(b) {
        b.onLoad({ filter: /[\\/]snapshot[\\/]embedded-snapshot-parts\.ts$/ }, () => ({
          contents: [
            'import { readFileSync } from "node:fs";',
            'import { join } from "node:path";',
            `const read = (name) => JSON.parse(readFileSync(join(${JSON.stringify(snapshotDir)}, name), "utf8"));`,
            "let meta;",
            'export function embeddedSnapshotParts() { return { meta: () => (meta ??= read("meta.json")), rates: (region) => read(region + ".json") }; }',
          ].join("\n"),
          loader: "js",
        }));
      },
    },
  ],
});
const probe = [runner, probeScript, probeCache];
// The warm-up run that writes the probe's code cache (one model run), as the CLI's build warms dist/costcalc-app.cjs.
timed([...probe, join(repoRoot, scenario)], [], { WRITE_CODE_CACHE: "1" });

// RSS: a preloaded hook prints the peak resident set at exit (separate runs, so it costs the timing nothing).
const rssHook = `data:text/javascript,import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, "\\nmaxRssKb=" + process.resourceUsage().maxRSS));`;

const baseline = [];
const cli = [];
const version = [];
const rss = [];
const stages = [];
const billsOnly = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(timed(["-e", "0"]).elapsed);
  cli.push(timed([bin, "estimate", scenario, "--format", "json"]).elapsed);
  version.push(timed([bin, "--version"]).elapsed);
  const withRss = timed([bin, "estimate", scenario, "--format", "json"], ["--import", rssHook]);
  rss.push(Number(/maxRssKb=(\d+)/.exec(withRss.stderr)?.[1] ?? Number.NaN) / 1024);
  stages.push(JSON.parse(timed([...probe, join(repoRoot, scenario)]).stdout));
  billsOnly.push(JSON.parse(timed([...probe, join(repoRoot, scenario), "bills"]).stdout));
}
rmSync(probeDir, { recursive: true, force: true });

const nodeMs = median(baseline);
const cliMs = median(cli);
const stage = (key) => median(stages.map((s) => s[key]));
const loadedMs = stage("loadedMs");
console.log(
  `costcalc start-up bench: ${RUNS} alternating runs each, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(`  node -e 0                                            median ${ms(nodeMs)}`);
console.log(
  `  costcalc --version                                   median ${ms(median(version))}  (${(median(version) / nodeMs).toFixed(2)}× node -e 0)`,
);
console.log(`  costcalc estimate ${scenario} --format json  median ${ms(cliMs)}  (${(cliMs / nodeMs).toFixed(2)}× node -e 0; budget ≤ 3×)`);
console.log(`  peak RSS of that estimate                            median ${median(rss).toFixed(1)} MB (budget < 100 MB)`);
console.log(`  breakdown (median of ${RUNS}, stage probe bundled and loaded like the CLI, with its code cache):`);
console.log(`    Node start + module load (code cache read, bundle evaluated)  ${ms(loadedMs)}`);
console.log(`    snapshot: read + JSON.parse + index of meta.json, the scenario's region and global  ${ms(stage("snapshotMs"))}`);
console.log(`    model (modelScenario: 4 patterns, TCO, break-even, curves, sensitivity)  ${ms(stage("modelMs"))}`);
console.log(`    render (toModelJson + stringify)                   ${ms(stage("renderMs"))}`);
const bills = (key) => median(billsOnly.map((s) => s[key]));
console.log(
  `  one estimate cold (modelBills: every bill, constraints applied, no analysis; a fresh process)  ${ms(bills("estimateColdMs"))}; ` +
    `the same again in that process ${ms(bills("estimateWarmMs"))} (${(bills("estimateColdMs") / Math.max(bills("estimateWarmMs"), 0.1)).toFixed(1)}× warm)`,
);
const withoutModelMs = cliMs - stage("modelMs");
console.log(
  `  start-up without the model (estimate median − model median)  ${ms(withoutModelMs)}  (${(withoutModelMs / nodeMs).toFixed(2)}× node -e 0)`,
);
console.log(`  ratio ${(cliMs / nodeMs).toFixed(2)}× ${cliMs / nodeMs <= 3 ? "within" : "OVER"} the 3× budget`);
