#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx (no build step): @repo/core and @repo/pricing
// are Just-in-Time packages whose exports point at .ts files.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
