import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "../..");

type Manifest = { version?: string; dependencies?: Record<string, string>; [field: string]: unknown };

/** Exact versions of pnpm-workspace.yaml's `catalog:` (one `name: version` per line). */
export function catalogVersions(text = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8")): Map<string, string> {
  const block = text.split(/^catalog:\s*$/m)[1]?.split(/^\S/m)[0] ?? "";
  const versions = new Map<string, string>();
  for (const match of block.matchAll(/^\s+"?([^":\s]+)"?:\s*(\S+)\s*$/gm)) versions.set(match[1] as string, match[2] as string);
  return versions;
}

/**
 * Writes `<packageDir>/.publish/`: what `npm pack` / `npm publish` would ship. The workspace
 * package.json stays private (`@repo/*`, exports to sources for the other workspace packages); the
 * published manifest is `package.publish.json` (name, exports to dist, files, engines, licence) with
 * the workspace version, and `catalog:` dependencies pinned to the catalog's exact versions.
 */
export function stagePackage(packageDir: string, copies: readonly string[]): string {
  const workspace = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as Manifest;
  const publish = JSON.parse(readFileSync(join(packageDir, "package.publish.json"), "utf8")) as Manifest;
  const catalog = catalogVersions();
  const dependencies = Object.fromEntries(
    Object.entries(publish.dependencies ?? {}).map(([name, range]) => {
      const version = range === "catalog:" ? catalog.get(name) : range;
      if (!version || version.startsWith("workspace:")) throw new Error(`${name}: no publishable version for "${range}"`);
      return [name, version];
    }),
  );
  const out = join(packageDir, ".publish");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "package.json"), `${JSON.stringify({ ...publish, version: workspace.version, dependencies }, null, 2)}\n`);
  for (const file of [...copies, "LICENSE"]) {
    const from = file === "LICENSE" ? join(repoRoot, "LICENSE") : join(packageDir, file);
    if (!existsSync(from)) throw new Error(`missing ${from}`);
    cpSync(from, join(out, file), { recursive: true });
  }
  return out;
}
