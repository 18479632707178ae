#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx (no build step): @repo/core and @repo/pricing
// are Just-in-Time packages whose exports point at .ts files.
import { register } from "tsx/esm/api";

// `pnpm costcalc …` runs scripts from a package folder; resolve the user's paths from where they typed it.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
