import type { Plugin } from "esbuild";

/**
 * Leaves zod's ~40 non-English locales (≈ 360 KB of source, a fifth of the CLI's start-up code) out
 * of a bundle. zod re-exports them as the `locales` namespace (`export * as locales from
 * "../locales/index.js"` in v4/classic/external.js and v4/core/index.js), and a namespace kept alive
 * by `z.object(…)` cannot be tree-shaken, so every locale was parsed at each start. The English
 * messages the model's errors use are imported by zod directly (v4/classic/schemas.js imports
 * "../locales/en.js"), not through the namespace, so they stay. Nothing in the workspace calls
 * `z.locales.*` / `z.core.locales.*` (the bundled `z.locales` is an empty namespace).
 * @example build({ …, plugins: [zodWithoutLocalesPlugin()] })
 */
export function zodWithoutLocalesPlugin(): Plugin {
  return {
    name: "zod-without-locales",
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-without-locales" } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "zod-without-locales" }, () => ({ contents: "export {};", loader: "js" }));
    },
  };
}
