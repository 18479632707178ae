import type { ViteUserConfig } from "vitest/config";

export type VitestConfigOptions = { include?: string[]; testTimeout?: number; environment?: string };
export declare function vitestConfig(options?: VitestConfigOptions): ViteUserConfig;
