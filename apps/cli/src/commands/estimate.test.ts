import { describe, expect, it } from "vitest";
import { runCli, tempFile } from "../test-support/run-cli";

const scenario = (services: string, extra = "") => `region: us-east-1\n${extra}services:\n${services}`;
const web = "  - { name: web, taskCount: 2, vcpu: 0.5, memoryGib: 1 }\n";

describe("costcalc estimate", () => {
  it("prints the four patterns with monthly and yearly totals (2 × 730 × (0.5 × 0.04048 + 0.004445) = $36.04; × 12 = $432.48)", async () => {
    const { code, stdout, stderr } = await runCli("estimate", tempFile("s.yaml", scenario(web)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/ECS on Fargate\s+priced\s+\$36\.04\s+\$432\.48/);
    for (const label of ["ECS on EC2", "EKS on Fargate", "EKS on EC2"]) expect(stdout).toContain(label);
    expect(stdout).toContain("web: Fargate vCPU (Linux/x86)");
  });

  it("--format json gives id, exact decimal monthlyUsd and lines with name/quantity/unit/rateUsd/monthlyUsd", async () => {
    const { code, stdout } = await runCli(
      "estimate",
      tempFile("s.json", JSON.stringify({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] })),
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { patterns: { id: string; monthlyUsd: string; lines: Record<string, string>[] }[] };
    expect(json.patterns.map((p) => p.id)).toEqual([
      "ecs-fargate",
      "ecs-ec2",
      "eks-fargate",
      "eks-ec2",
      "ecs-managed-instances",
      "eks-auto-mode",
    ]);
    expect(json.patterns[0]?.monthlyUsd).toBe("36.0401");
    expect(json.patterns[0]?.lines[0]).toMatchObject({
      name: "web: Fargate vCPU (Linux/x86)",
      quantity: "730",
      unit: "vCPU-hour",
      rateUsd: "0.04048",
      monthlyUsd: "29.5504",
    });
  });

  it("--region overrides the file's region (Tokyo vCPU rate $0.05056, S7)", async () => {
    const { stdout } = await runCli("estimate", tempFile("s.yaml", scenario(web)), "--region", "ap-northeast-1", "--format", "json");
    expect(JSON.parse(stdout).region).toBe("ap-northeast-1");
    expect(stdout).toContain('"rateUsd": "0.05056"');
  });

  it("a size Fargate lacks (0.5 vCPU / 5 GB; 0.5 vCPU allows 1–4 GB) rules ECS on Fargate out with the reason; EC2 still prices it (exit 0)", async () => {
    const content = scenario("  - { name: web, taskCount: 2, vcpu: 0.5, memoryGib: 5 }\n");
    const { code, stdout } = await runCli("estimate", tempFile("s.yaml", content), "--format", "json");
    expect(code).toBe(0);
    const patterns = JSON.parse(stdout).patterns as { id: string; status: string; ruledOutReasons: string[] }[];
    const ecsFargate = patterns.find((p) => p.id === "ecs-fargate");
    expect(ecsFargate?.status).toBe("ruled-out");
    expect(ecsFargate?.ruledOutReasons[0]).toContain(
      "web: 5 GB is not valid with 0.5 vCPU on Fargate; nearest: 4 GB (0.5 vCPU takes 1–4 GB); ECS on Fargate refuses the task definition",
    );
    expect(patterns.find((p) => p.id === "ecs-ec2")?.status).toBe("priced");
  });
});

describe("bad input: one clear line on stderr, exit code 2, no stack trace, no NaN", () => {
  it.each([
    { label: "missing file", content: null, args: [], pattern: /FILE_NOT_READABLE.*no such file/ },
    { label: "malformed YAML", content: "region: [us-east-1\nservices: x", args: [], pattern: /MALFORMED_FILE/ },
    { label: "malformed JSON", content: "{ nope", args: [], pattern: /MALFORMED_FILE/, name: "bad.json" },
    {
      label: "unknown field",
      content: scenario("  - { name: web, taskCount: 2, vcpu: 0.5, memoryGib: 1, replicas: 2 }\n"),
      args: [],
      pattern: /INVALID_SCENARIO.*services\[0\]\.replicas/,
    },
    {
      label: "negative count",
      content: scenario("  - { name: web, taskCount: -2, vcpu: 0.5, memoryGib: 1 }\n"),
      args: [],
      pattern: /INVALID_SCENARIO.*services\[0\]\.taskCount/,
    },
    {
      label: "non-numeric count",
      content: scenario("  - { name: web, taskCount: lots, vcpu: 0.5, memoryGib: 1 }\n"),
      args: [],
      pattern: /INVALID_SCENARIO.*services\[0\]\.taskCount/,
    },
    {
      label: "unknown region",
      content: scenario(web),
      args: ["--region", "xx-east-9"],
      pattern: /UNKNOWN_REGION.*field: region.*allowed: .*us-east-1/,
    },
    {
      label: "unknown instance type",
      content: scenario(web, "ec2: { instanceType: m9z.large }\n"),
      args: [],
      pattern: /UNKNOWN_INSTANCE_TYPE.*ec2\.instanceType/,
    },
    {
      label: "unknown format",
      content: scenario(web),
      args: ["--format", "xml"],
      pattern: /INVALID_OPTION.*--format must be one of table, json/,
    },
  ])("$label", async ({ content, args, pattern, name }) => {
    const path = content === null ? "/nonexistent/scenario.yaml" : tempFile(name ?? "s.yaml", content);
    const { code, stdout, stderr } = await runCli("estimate", path, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(pattern);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/NaN|\n\s+at /);
  });

  it("an unknown command is a usage error with exit code 2", async () => {
    expect((await runCli("estmate")).code).toBe(2);
  });
});
