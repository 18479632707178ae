/**
 * Run by scripts/build.ts (bundled, in a plain `node` process: the V8 flags of the launcher's runs):
 * loads dist/costcalc-app.cjs as the launcher does, runs the warm-up commands given as JSON argv
 * arrays (their output discarded), then writes V8's code cache of the script — its start-up code and
 * every function those commands ran — to dist/costcalc-app.v8-cache. Fails when a command fails, or
 * when they loaded the AWS SDK (start-up must not: only `prices refresh` requires it).
 * @example node write-code-cache.mjs apps/cli/dist '["estimate","examples/web-app.yaml","--format","json"]'
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { CODE_CACHE_FILE, loadApp } from "../src/launcher/load-app";

const [dist = "", ...commands] = process.argv.slice(2);
const { app, script, cacheRejected } = loadApp(dist);
if (cacheRejected !== undefined) throw new Error(`${join(dist, CODE_CACHE_FILE)} exists already: the build writes it once`);
const discard = { stdout: () => undefined, stderr: () => undefined };
for (const command of commands) {
  const args = JSON.parse(command) as string[];
  const exitCode = await app.main([process.execPath, "costcalc", ...args], discard);
  if (exitCode !== 0) throw new Error(`costcalc ${args.join(" ")} exited ${exitCode} while warming the code cache`);
}
const sdk = Object.keys(createRequire(import.meta.url).cache).filter((id) => /[\\/]@aws-sdk[\\/]/.test(id));
if (sdk.length > 0) throw new Error(`start-up code loaded the AWS SDK (only prices refresh may): ${sdk[0]}`);
writeFileSync(join(dist, CODE_CACHE_FILE), script.createCachedData());
