import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";
import { goldenDir, runCli } from "./run-cli";

/**
 * compare / diff / portfolio in one reporting currency (issue 21): every figure in JPY at ONE stated rate,
 * converted by core at the report edge. Hand derivations at ¥150/$ from us-east-1 rates (S7): Fargate Linux/x86
 * $0.04048 per vCPU-hour + $0.004445 per GB-hour, arm64 $0.03238 + $0.00356; NAT $0.045/h + $0.045/GB; 730 h a month.
 */
async function json(args: string[], cwd: string): Promise<any> {
  const run = await runCli([...args, "--format", "json"], goldenDir(cwd));
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  return JSON.parse(run.stdout);
}
const AT_150 = ["--currency", "JPY", "--fx", "150"];

describe("compare --currency JPY --fx 150", () => {
  it("x86 vs ARM on ECS on Fargate: ¥5,406.015 vs ¥4,325.25, Δ −¥1,080.765", async () => {
    const doc = await json(["compare", "x86.yaml", "arm.yaml", ...AT_150], "compare-x86-vs-arm");
    expect(doc.reporting).toEqual({
      currency: "JPY",
      exchangeRate: { jpyPerUsd: "150", asOf: "user-set", source: "CLI --fx", userSet: true },
    });
    const fargate = (i: number) => doc.scenarios[i].patterns.find((p: any) => p.id === "ecs-fargate");
    // x86: 2 tasks × 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 1460 × 0.024685 = $36.0401 × 150 = ¥5,406.015
    expect(fargate(0)).toMatchObject({ monthlyUsd: "36.0401", monthlyJpy: "5406.015", yearlyJpy: "64872.18" });
    // ARM: 1460 × (0.5 × 0.03238 + 0.00356) = 1460 × 0.01975 = $28.835 × 150 = ¥4,325.25; Δ = (28.835 − 36.0401) × 150
    expect(fargate(1)).toMatchObject({ monthlyJpy: "4325.25", deltaMonthlyUsd: "-7.2051", deltaMonthlyJpy: "-1080.765" });
  });

  it("the table states the rate once and every amount in yen (rounded once, whole yen)", async () => {
    const run = await runCli(["compare", "x86.yaml", "arm.yaml", ...AT_150], goldenDir("compare-x86-vs-arm"));
    expect(run.stdout).toContain("amounts in JPY at ¥150/$ (user-set, CLI --fx), one rate for every scenario");
    expect(run.stdout).toMatch(/ECS on Fargate +¥5,406 +¥4,325 +-¥1,081/);
    expect(run.stdout).not.toMatch(/\$\d/); // no dollar amount left
  });

  it("CSV: an exact yen column after the columns for every USD one, with the rate", async () => {
    const run = await runCli(["compare", "x86.yaml", "arm.yaml", ...AT_150, "--format", "csv"], goldenDir("compare-x86-vs-arm"));
    const [header, first] = run.stdout.split("\r\n").map((line) => line.split(","));
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect([cell("monthlyUsd"), cell("monthlyJpy"), cell("threeYearJpy"), cell("jpyPerUsd")]).toEqual([
      "36.0401",
      "5406.015",
      "194616.54",
      "150",
    ]);
  });

  it("one rate for the report: without flags the FIRST scenario's currency and rate apply to every scenario", async () => {
    // tokyo-team.yaml states JPY at ¥150/$; x86.yaml states nothing, yet is reported at the same ¥150/$
    const doc = await json(["compare", repoPath("examples/tokyo-team.yaml"), "x86.yaml"], "compare-x86-vs-arm");
    expect(doc.reporting).toMatchObject({ currency: "JPY", exchangeRate: { jpyPerUsd: "150", asOf: "2026-12-01" } });
    expect(doc.scenarios[1].patterns.find((p: any) => p.id === "ecs-fargate").monthlyJpy).toBe("5406.015");
    // the other order: the first (x86.yaml) states nothing → USD, and the yen twins are gone
    const usd = await json(["compare", "x86.yaml", repoPath("examples/tokyo-team.yaml")], "compare-x86-vs-arm");
    expect(usd.reporting.currency).toBe("USD");
    expect(usd.scenarios[1].patterns[0].monthlyJpy).toBeUndefined();
  });
});

describe("diff --currency JPY --fx 150", () => {
  it("web 2 → 4 tasks, report job removed, NAT added: every delta in yen", async () => {
    const doc = await json(["diff", "base.yaml", "proposed.yaml", ...AT_150], "diff-scale-up");
    const fargate = doc.patterns.find((p: any) => p.id === "ecs-fargate");
    const line = (id: string) => fargate.lines.find((l: any) => l.id === id);
    // 2 more tasks × 730 h × 0.5 vCPU × $0.04048 = $29.5504 × 150 = ¥4,432.56
    expect(line("svc:web:ecs-fargate-vcpu")).toMatchObject({ deltaMonthlyUsd: "29.5504", deltaMonthlyJpy: "4432.56" });
    // the nightly report gone: 30 runs × 600 s = 5 h × 1 vCPU × $0.04048 = $0.2024 → −¥30.36
    expect(line("svc:report:ecs-fargate-vcpu").deltaMonthlyJpy).toBe("-30.36");
    // NAT: 730 h × $0.045 = $32.85 → ¥4,927.50; 100 GB × $0.045 = $4.50 → ¥675
    expect(line("shared:nat-hours").deltaMonthlyJpy).toBe("4927.5");
    expect(line("shared:nat-data").deltaMonthlyJpy).toBe("675");
    expect(fargate).toMatchObject({ baseMonthlyJpy: "5443.0425", proposedMonthlyJpy: "16962.03", deltaMonthlyJpy: "11518.9875" });
    // the "why" sentences are in yen too
    expect(fargate.why).toContain("+¥4,928/month NAT gateway hours: added (1 gateway(s) × 730 h)");
  });
});

describe("portfolio --currency JPY --fx 150", () => {
  it("a service's direct and allocated shared cost in yen: web ¥5,406.015 + ¥3,614.25 = ¥9,020.265", async () => {
    const doc = await json(["portfolio", "portfolio.yaml", "--group-by", "team", ...AT_150], "portfolio-teams");
    const web = doc.patterns.find((p: any) => p.id === "ecs-fargate").services.find((s: any) => s.name === "web");
    // direct: 2 × 730 × 0.024685 = $36.0401 → ¥5,406.015; shared: $24.095 (allocated by core) → ¥3,614.25
    expect(web).toMatchObject({ directJpy: "5406.015", sharedUsd: "24.095", sharedJpy: "3614.25", monthlyJpy: "9020.265" });
    expect(doc.reporting.currency).toBe("JPY");
  });
});
