/**
 * "Why did the estimate move?" when only prices moved: `costcalc diff` prices the base scenario with
 * an older snapshot (--base-prices) and the proposed one with today's; the move is all rate effect.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";
import { runCli } from "./run-cli";

type DiffJson = {
  patterns: {
    id: string;
    deltaMonthlyUsd: string;
    lines: { id: string; change: string; quantityEffectUsd: string; rateEffectUsd: string }[];
  }[];
};

describe("diff across price snapshots", () => {
  // An "older" snapshot: the embedded one with us-east-1 Fargate Linux/x86 vCPU at $0.05 instead of $0.04048.
  const snapshot = JSON.parse(readFileSync(repoPath("packages/core/src/snapshot/embedded-snapshot.json"), "utf8")) as {
    id: string;
    rates: { region: string; usage: string; priceUsd: string }[];
  };
  for (const rate of snapshot.rates) {
    if (rate.region === "us-east-1" && rate.usage === "fargate/on-demand/linux-x86/vcpu-hours") rate.priceUsd = "0.05";
  }
  snapshot.id = "older-test-snapshot";
  const oldPrices = join(mkdtempSync(join(tmpdir(), "prices-")), "old.json");
  writeFileSync(oldPrices, JSON.stringify(snapshot));
  const scenario = repoPath("tests/golden/estimate-fargate-small/scenario.yaml");

  it("attributes the whole move to the rate: 2 tasks × 730 h × 0.5 vCPU × (0.04048 − 0.05) = −6.9496 a month", async () => {
    const run = await runCli(["diff", scenario, scenario, "--base-prices", oldPrices, "--format", "json"], repoPath("."));
    expect(run.exitCode).toBe(0);
    const ecs = (JSON.parse(run.stdout) as DiffJson).patterns.find((p) => p.id === "ecs-fargate");
    expect(ecs?.deltaMonthlyUsd).toBe("-6.9496");
    const vcpu = ecs?.lines.find((l) => l.id === "svc:web:ecs-fargate-vcpu");
    expect(vcpu).toMatchObject({ change: "changed", quantityEffectUsd: "0", rateEffectUsd: "-6.9496" });
  });

  it("leaves patterns that do not use the changed rate untouched (ECS on EC2)", async () => {
    const run = await runCli(["diff", scenario, scenario, "--base-prices", oldPrices, "--format", "json"], repoPath("."));
    expect((JSON.parse(run.stdout) as DiffJson).patterns.find((p) => p.id === "ecs-ec2")?.deltaMonthlyUsd).toBe("0");
  });

  it("a missing --base-prices file is one clear error, exit 2", async () => {
    const run = await runCli(["diff", scenario, scenario, "--base-prices", "/nonexistent/old.json"], repoPath("."));
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
