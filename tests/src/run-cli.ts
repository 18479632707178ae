import { main } from "@repo/cli/main";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoPath } from "./fixture-paths";

export type CliRun = { exitCode: number; stdout: string; stderr: string };

/**
 * Runs `costcalc` in-process with `cwd` set to a golden folder, so file names in the output are
 * the short names the folder holds (vitest's default "forks" pool allows chdir).
 */
export async function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const exitCode = await main(["node", "costcalc", ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { exitCode, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

export const goldenDir = (name: string): string => repoPath(`tests/golden/${name}`);

/** Compares with (or, under UPDATE_GOLDEN=1, rewrites) tests/golden/<name>/<file>. */
export function matchGolden(name: string, file: string, actual: string): { expected: string; actual: string } {
  const path = join(goldenDir(name), file);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file ${path} is missing; run with UPDATE_GOLDEN=1`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return { expected: readFileSync(path, "utf8"), actual };
}
