/**
 * The built CLI (apps/cli/dist/costcalc.mjs, what the published package's `costcalc` bin runs) as a
 * separate Node process: same bytes as the sources for every estimate golden, `--version`, `--help`
 * per command, the documented exit codes, and the AWS SDK left out of start-up. turbo builds the CLI
 * before this package's tests (turbo.json: @repo/tests#test depends on @repo/cli#build).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";

const bin = repoPath("apps/cli/dist/costcalc.mjs");
const goldenRoot = repoPath("tests/golden");

function runBin(args: readonly string[], cwd = goldenRoot): { exitCode: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("built CLI prints exactly what the sources print (the estimate goldens, written by the in-process run)", () => {
  const cases = readdirSync(goldenRoot).filter((name) => name.startsWith("estimate-"));
  it.each(
    cases.flatMap((name) => [
      { name, args: [] as string[], file: "expected.txt" },
      { name, args: ["--format", "json"], file: "expected.json" },
    ]),
  )("$name $file", ({ name, args, file }) => {
    const run = runBin(["estimate", join(goldenRoot, name, "scenario.yaml"), ...args]);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(goldenRoot, name, file), "utf8"));
  });
});

describe("--version and --help", () => {
  const version = (JSON.parse(readFileSync(repoPath("apps/cli/package.json"), "utf8")) as { version: string }).version;
  it.each(["--version", "-V"])("%s prints the package version (apps/cli/package.json) and exits 0", (flag) => {
    expect(runBin([flag])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each(["estimate", "compare", "diff", "portfolio", "import", "schema", "prices", "prices refresh", "prices show", "prices diff"])(
    "costcalc %s --help: usage of that command, exit 0",
    (command) => {
      const run = runBin([...command.split(" "), "--help"]);
      expect(run.exitCode).toBe(0);
      expect(run.stdout.split("\n")[0]).toMatch(new RegExp(`^Usage: costcalc ${command} `));
      expect(run.stdout).toContain("-h, --help");
    },
  );
});

describe("exit codes are the documented ones (docs/cli.md: 0 ok, 2 bad input, 3 over budget, 4 undecidable)", () => {
  it.each([
    {
      label: "unknown option → 2",
      args: ["estimate", "formats-estimate/scenario.yaml", "--colour"],
      exitCode: 2,
      stderr: /unknown option '--colour'/,
    },
    {
      label: "malformed YAML → 2, one line",
      args: ["estimate", "bad-files/malformed.yaml"],
      exitCode: 2,
      stderr: /^\[cli\] MALFORMED_FILE: bad-files\/malformed\.yaml is not valid YAML[^\n]*\n$/,
    },
    // formats-estimate: ECS on Fargate costs 68.8901 a month (tests/src/cli-exit-codes.test.ts derives it).
    {
      label: "68.8901 over a 68.89 budget → 3",
      args: ["estimate", "formats-estimate/scenario.yaml", "--fail-over", "68.89"],
      exitCode: 3,
      stderr: /OVER_BUDGET/,
    },
    {
      label: "incomplete pattern (no sa-east-1 EC2 rate, as in cli-exit-codes.test.ts) → 4",
      args: ["estimate", "compare-x86-vs-arm/x86.yaml", "--region", "sa-east-1", "--fail-over", "1000", "--pattern", "ecs-ec2"],
      exitCode: 4,
      stderr: /BUDGET_UNDECIDED/,
    },
  ])("$label", ({ args, exitCode, stderr }) => {
    const run = runBin(args);
    expect(run.exitCode).toBe(exitCode);
    expect(run.stderr).toMatch(stderr);
  });
});

describe("the AWS SDK and the refresh code are loaded only by prices refresh", () => {
  // A hook run before the CLI: at exit it prints how many @aws-sdk modules the process required.
  const sdkCounter = `data:text/javascript,${encodeURIComponent(
    [
      'import { createRequire } from "node:module";',
      'import { writeSync } from "node:fs";',
      'const cache = createRequire(process.cwd() + "/").cache; // the one CommonJS module cache of the process',
      'const count = () => Object.keys(cache).filter((id) => id.includes("@aws-sdk")).length;',
      'process.on("exit", () => writeSync(2, "\\nsdkModules=" + count() + "\\n"));',
    ].join("\n"),
  )}`;
  const sdkModules = (args: readonly string[]): number => {
    const run = spawnSync(process.execPath, ["--import", sdkCounter, bin, ...args], { cwd: goldenRoot, encoding: "utf8" });
    return Number(/sdkModules=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  };

  it("an estimate requires no @aws-sdk module; prices refresh requires the SDK (the same hook counts both)", () => {
    expect(sdkModules(["estimate", "formats-estimate/scenario.yaml", "--format", "json"])).toBe(0);
    expect(sdkModules(["prices", "refresh", "--source", "carrier-pigeon", "--out", "never-written.json"])).toBeGreaterThan(0);
  });

  it("prices refresh still loads it (a bad --source is rejected by the refresh code, exit 2)", () => {
    const run = runBin(["prices", "refresh", "--source", "carrier-pigeon", "--out", "never-written.json"]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--source must be one of api, offer-files \(got "carrier-pigeon"\)/);
  });
});
