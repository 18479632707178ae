/**
 * Rebuilds packages/core/src/snapshot/embedded-snapshot.json from shared/data/aws-pricing.
 * Usage: pnpm --filter @repo/pricing build:snapshot [path/to/shared/data/aws-pricing]
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEmbeddedSnapshot } from "../src/embedded/build-embedded-snapshot";
import { readSharedSources } from "../src/embedded/read-shared-sources";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const pricingDir = resolve(process.argv[2] ?? join(repoRoot, "../shared/data/aws-pricing"));
const target = join(repoRoot, "packages/core/src/snapshot/embedded-snapshot.json");

const { snapshot, skipped } = buildEmbeddedSnapshot(readSharedSources(pricingDir));
writeFileSync(target, `${JSON.stringify(snapshot, null, 1)}\n`);
console.log(`wrote ${target}: ${snapshot.rates.length} rates, ${snapshot.instanceTypes.length} instance types, as of ${snapshot.asOf}`);
for (const line of skipped) console.log(`  not mapped: ${line}`);
