import { describe, expect, it } from "vitest";
import { goldenDir, runCli } from "./run-cli";

const dir = goldenDir("bad-files");
const scenario = `../formats-estimate/scenario.yaml`;

/** Exit codes a CI job relies on (docs/cli.md): 0 ok, 1 internal, 2 bad input, 3 over budget, 4 budget undecided. */
describe("bad input: one stderr line naming the problem, exit 2", () => {
  it.each([
    { label: "malformed YAML", args: ["estimate", "malformed.yaml"], stderr: /^\[cli\] MALFORMED_FILE: malformed\.yaml is not valid YAML/ },
    {
      label: "unknown scenario field",
      args: ["estimate", "unknown-field.yaml"],
      stderr: /INVALID_SCENARIO: unknown field\(s\) at services\[0\]: replicas/,
    },
    { label: "missing file", args: ["diff", "nope.yaml", scenario], stderr: /FILE_NOT_READABLE: cannot read nope\.yaml: no such file/ },
    {
      label: "unknown --format",
      args: ["compare", scenario, scenario, "--format", "xml"],
      stderr: /--format must be one of table, json, markdown, csv \(got "xml"\)/,
    },
    { label: "compare with one scenario", args: ["compare", scenario], stderr: /compare needs at least two scenarios/ },
    {
      label: "--fail-over not a number",
      args: ["estimate", scenario, "--fail-over", "lots"],
      stderr: /--fail-over must be a non-negative USD amount/,
    },
    {
      label: "--pattern unknown",
      args: ["estimate", scenario, "--fail-over", "10", "--pattern", "lambda"],
      stderr: /--pattern must be one of ecs-fargate, ecs-ec2, eks-fargate, eks-ec2/,
    },
    {
      label: "ECS task cpu neither units nor vCPU",
      args: ["import", "bad-task-definition.json"],
      stderr: /INVALID_WORKLOAD: cpu "lots" is neither CPU units .* \(field: taskDefinition\.cpu\)/,
    },
    {
      label: "CronJob hour 25",
      args: ["import", "bad-cron.yaml"],
      stderr: /INVALID_WORKLOAD: cron schedule "0 25 \* \* \*": the hour field "25" is not understood/,
    },
    {
      label: "neither ECS nor Kubernetes",
      args: ["import", "not-a-workload.json"],
      stderr: /not-a-workload\.json: neither an ECS task definition/,
    },
    { label: "nothing to import (only a ConfigMap)", args: ["import", "only-configmap.yaml"], stderr: /NOTHING_TO_IMPORT/ },
    { label: "portfolio with an unknown region", args: ["portfolio", scenario, "--region", "xx-east-9"], stderr: /UNKNOWN_REGION/ },
    {
      label: "estimate with a made-up region code names the AWS codes",
      args: ["estimate", scenario, "--region", "xx-east-9"],
      stderr:
        /UNKNOWN_REGION: "xx-east-9" is not an AWS commercial region \(field: region\); allowed: us-east-1, us-east-2, .*ap-northeast-1.*sa-east-1\n$/,
    },
    {
      label: "prices coverage --format xml",
      args: ["prices", "coverage", "--format", "xml"],
      stderr: /--format must be one of table, markdown, json \(got "xml"\)/,
    },
  ])("$label", async ({ args, stderr }) => {
    const run = await runCli(args, dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("every AWS region is accepted (issue 14: us-west-2 was UNKNOWN_REGION)", () => {
  it.each(["us-west-2", "me-central-1"])(
    "estimate --region %s exits 0 and names the missing rates and the refresh command",
    async (region) => {
      const run = await runCli(["estimate", scenario, "--region", region], dir);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`Missing rates in ${region}`);
      expect(run.stdout).toContain(`costcalc prices refresh --regions ${region} --source offer-files`);
    },
  );
});

describe("--fail-over <usd>: budget gates for CI", () => {
  // formats-estimate: the cheapest fully priced pattern is ECS on Fargate at 72.5401 a month (see cli-golden-figures).
  it.each([
    {
      label: "72.5401 > 72.54 → over budget",
      args: ["estimate", scenario, "--fail-over", "72.54"],
      exitCode: 3,
      stderr: /OVER_BUDGET: .*ECS on Fargate \(ecs-fargate\) costs \$72\.54\/month, over the --fail-over budget of \$72\.54/,
    },
    { label: "72.5401 ≤ 72.5401 → within budget", args: ["estimate", scenario, "--fail-over", "72.5401"], exitCode: 0, stderr: /^$/ },
    {
      label: "--pattern eks-ec2 (167.745) against $1,000 → within",
      args: ["estimate", scenario, "--fail-over", "$1,000", "--pattern", "eks-ec2"],
      exitCode: 0,
      stderr: /^$/,
    },
    {
      label: "diff checks the proposed scenario (113.0802 > 100)",
      args: ["diff", "../diff-scale-up/base.yaml", "../diff-scale-up/proposed.yaml", "--fail-over", "100"],
      exitCode: 3,
      stderr: /proposed This quarter: .* \$113\.08\/month/,
    },
    {
      label: "compare checks the last scenario (ARM 28.835 ≤ 30)",
      args: ["compare", "../compare-x86-vs-arm/x86.yaml", "../compare-x86-vs-arm/arm.yaml", "--fail-over", "30"],
      exitCode: 0,
      stderr: /^$/,
    },
    {
      label: "portfolio total 139.37525 > 139",
      args: ["portfolio", "../portfolio-teams/portfolio.yaml", "--fail-over", "139"],
      exitCode: 3,
      stderr: /portfolio Shop platform/,
    },
    // The snapshot has no EC2 or EBS rate for sa-east-1, so ECS on EC2 is incomplete there: $0.00 is a partial total.
    {
      label: "an incomplete pattern within budget cannot be certified → 4",
      args: ["estimate", "../compare-x86-vs-arm/x86.yaml", "--region", "sa-east-1", "--fail-over", "1000", "--pattern", "ecs-ec2"],
      exitCode: 4,
      stderr: /BUDGET_UNDECIDED: .* is incomplete/,
    },
  ])("$label (exit $exitCode)", async ({ args, exitCode, stderr }) => {
    const run = await runCli(args, dir);
    expect(run.exitCode).toBe(exitCode);
    expect(run.stderr).toMatch(stderr);
    expect(run.stdout.length).toBeGreaterThan(0);
  });
});
