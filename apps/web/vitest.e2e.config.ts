import { defineConfig } from "vitest/config";

// Browser end-to-end tests: Playwright (playwright-core) driving Debian's Chromium against `next start`.
// Under CI the results go to .cache/e2e-report.json, which .ci/run feeds into scripts/count-tests.mjs.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 300_000, // several WAIT_MS condition waits per test (e2e/waits.ts); a failing wait fails first, with its reason
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".cache/e2e-report.json" }]] : ["default"],
  },
});
