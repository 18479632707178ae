/**
 * Shared vitest settings. Under CI (CI=true) each package also writes a JSON report to
 * .cache/vitest-report.json, which .ci/run adds up into its "N passed, N failed" line.
 * @param {{ include?: string[], testTimeout?: number, environment?: string }} [options]
 */
export function vitestConfig(options = {}) {
  return {
    test: {
      include: options.include ?? ["src/**/*.test.ts"],
      testTimeout: options.testTimeout ?? 10000,
      ...(options.environment ? { environment: options.environment } : {}),
      reporters: process.env.CI ? ["default", ["json", { outputFile: ".cache/vitest-report.json" }]] : ["default"],
    },
  };
}
