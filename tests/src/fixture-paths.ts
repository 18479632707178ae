import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The one place tests find files outside their package. The shared data lives beside the repo
 * (../shared, as on the developers' machines and in CI); SHARED_DIR overrides it.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "../..");

export function sharedDir(): string {
  const dir = resolve(process.env.SHARED_DIR ?? join(REPO_ROOT, "../shared"));
  if (!existsSync(dir)) throw new Error(`shared data not found at ${dir}; set SHARED_DIR`);
  return dir;
}

/** shared/data/aws-pricing (AWS price data with SOURCES.md). */
export function awsPricingDir(): string {
  return join(sharedDir(), "data/aws-pricing");
}

/** A file under shared/data/aws-pricing. */
export function awsPricingFile(relativePath: string): string {
  return join(awsPricingDir(), relativePath);
}

/** A path inside this repository. */
export function repoPath(relativePath: string): string {
  return join(REPO_ROOT, relativePath);
}
