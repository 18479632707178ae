// What bench/targets.bench.ts times, bundled by it the way the library ships (scripts/build.ts, the CLI's bundle):
// one esbuild ESM file, no `keepNames` (tsx runs sources with it, wrapping every closure in a `__name` call).
export { analyzeScenario } from "../src/decisions/analyze-scenario";
export { estimateScenario } from "../src/compare/estimate-scenario";
export { embeddedPriceBook } from "../src/index";
export { generatePortfolio } from "./generate-portfolio";
