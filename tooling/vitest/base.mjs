import { fileURLToPath } from "node:url";

/**
 * Shared vitest settings. Under CI (CI=true) each package also writes a JSON report to
 * .cache/vitest-report.json, which .ci/run adds up into its "N passed, N failed" line.
 * Under CI the timeouts are generous (the CI machine is shared and its load can reach 30): a timeout
 * there only ever catches a hang, never a slow run — speed is measured in the bench scripts. Under CI
 * fast-check also runs from a fixed seed (fast-check-seed.mjs).
 * @param {{ include?: string[], testTimeout?: number, environment?: string }} [options]
 */
export function vitestConfig(options = {}) {
  return {
    test: {
      include: options.include ?? ["src/**/*.test.ts"],
      testTimeout: process.env.CI ? Math.max(options.testTimeout ?? 0, 120000) : (options.testTimeout ?? 10000),
      hookTimeout: process.env.CI ? 120000 : 10000,
      setupFiles: [fileURLToPath(new URL("./fast-check-seed.mjs", import.meta.url))],
      ...(options.environment ? { environment: options.environment } : {}),
      reporters: process.env.CI ? ["default", ["json", { outputFile: ".cache/vitest-report.json" }]] : ["default"],
    },
  };
}
