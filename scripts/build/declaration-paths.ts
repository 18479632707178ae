import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * tsc keeps the sources' extension-less relative imports (`./errors`) in the .d.ts files it emits;
 * Node-style ESM resolution (`moduleResolution: node16/nodenext`) needs the real file. Rewrites each
 * relative specifier to `./errors.js` or `./dir/index.js`, whichever .d.ts exists. Returns the number
 * of .d.ts files seen.
 * @example `from "./money/decimal"` → `from "./money/decimal.js"`
 */
export function addJsExtensions(typesDir: string): number {
  let files = 0;
  for (const entry of readdirSync(typesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
    files += 1;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, "utf8");
    const fixed = text.replace(
      /((?:from|import)\s*\(?\s*")(\.{1,2}(?:\/[^"]*)?)(")/g,
      (whole, before: string, specifier: string, after: string) => {
        if (/\.(js|json)$/.test(specifier)) return whole;
        const base = join(dirname(path), specifier);
        if (specifier === "." || specifier === "..") return `${before}${specifier}/index.js${after}`;
        if (existsSync(`${base}.d.ts`)) return `${before}${specifier}.js${after}`;
        if (existsSync(join(base, "index.d.ts"))) return `${before}${specifier}/index.js${after}`;
        throw new Error(`${path}: cannot resolve ${specifier}`);
      },
    );
    if (fixed !== text) writeFileSync(path, fixed);
  }
  return files;
}
