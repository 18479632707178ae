import { vitestConfig } from "@repo/vitest-config";
import { defineConfig, mergeConfig } from "vitest/config";

// Unit tests run in node; component tests opt into happy-dom with a `@vitest-environment` docblock.
// Browser e2e tests have their own config (vitest.e2e.config.ts).
export default mergeConfig(
  defineConfig({ oxc: { jsx: { runtime: "automatic" } } }),
  defineConfig(vitestConfig({ include: ["src/**/*.test.ts", "src/**/*.test.tsx"] })),
);
