import { vitestConfig } from "@repo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(vitestConfig({ include: ["src/**/*.test.ts"], testTimeout: 30000 }));
