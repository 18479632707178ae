import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The one place this package's tests and bench find files outside the package: the shared data
 * beside the repository (`<repo>/../shared`); SHARED_DIR overrides it.
 */
const here = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(here, "../../../..");

export function sharedDir(): string {
  const dir = resolve(process.env.SHARED_DIR ?? join(REPO_ROOT, "../shared"));
  if (!existsSync(dir)) throw new Error(`shared data not found at ${dir}; set SHARED_DIR`);
  return dir;
}

/** A file under shared/data/aws-pricing, e.g. `getproducts/AmazonECS_us-east-1_2022-11-21_GetProducts.json`. */
export function awsPricingFile(relativePath: string): string {
  return join(sharedDir(), "data/aws-pricing", relativePath);
}
