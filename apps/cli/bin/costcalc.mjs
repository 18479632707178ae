#!/usr/bin/env node
// The workspace launcher (`pnpm costcalc …`, `pnpm example`): runs the built CLI, dist/costcalc.mjs
// (the file the published package's `costcalc` bin points at), building it first when it is missing
// or older than any source it bundles, so a fresh clone and an edited tree both just work.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(cliDir, "dist/costcalc.mjs");
const sources = [
  join(cliDir, "src"),
  join(cliDir, "package.json"),
  ...["core", "pricing", "import"].map((p) => join(cliDir, "../../packages", p, "src")),
];

function newestMtimeMs(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return stat?.mtimeMs ?? 0;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

const builtMs = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? -1;
if (builtMs < Math.max(...sources.map(newestMtimeMs))) {
  process.stderr.write("costcalc: building apps/cli/dist (sources changed)…\n");
  execFileSync(process.execPath, [join(cliDir, "node_modules/tsx/dist/cli.mjs"), join(cliDir, "scripts/build.ts")], {
    stdio: ["ignore", 2, 2],
  });
}
// `pnpm costcalc …` runs scripts from a package folder; resolve the user's paths from where they typed it.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import(built);
