import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";
import { goldenDir, runCli } from "./run-cli";

/**
 * examples/tokyo-team.yaml (issue 21): a Tokyo team's review in yen at ¥150/$, Japanese engineer rates
 * (jp typical ¥5,000/h, ops-effort.md §3.2 F39–F41) and the 10 % consumption tax on AWS charges
 * (aws.amazon.com/tax-help/japan/). Every figure derived by hand. Rates: Tokyo Fargate Linux/x86
 * $0.05056 per vCPU-hour and $0.00553 per GB-hour (S7), EKS control plane $0.10 per cluster-hour; 730 h a month.
 */
const yen = (value: string | undefined) => (value === undefined ? undefined : Number(value).toFixed(2));

async function tokyoJson(extra: string[] = []): Promise<any> {
  const run = await runCli(["estimate", repoPath("examples/tokyo-team.yaml"), "--format", "json", ...extra], repoPath("."));
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

describe("examples/tokyo-team.yaml, hand-derived in JPY", () => {
  it("the golden's scenario is the example (so the golden covers it)", () => {
    const strip = (t: string) => t.split("\n").slice(1).join("\n");
    expect(strip(readFileSync(`${goldenDir("estimate-tokyo-team")}/scenario.yaml`, "utf8"))).toBe(
      strip(readFileSync(repoPath("examples/tokyo-team.yaml"), "utf8")),
    );
  });

  it("ECS on Fargate bill: lines × ¥150, tax = 10 % of the AWS lines, total ¥22,266.387", async () => {
    const json = await tokyoJson();
    expect(json.reporting).toMatchObject({ currency: "JPY", exchangeRate: { jpyPerUsd: "150", asOf: "2026-12-01", userSet: true } });
    const ecs = json.patterns.find((p: any) => p.id === "ecs-fargate");
    const line = (id: string) => ecs.lines.find((l: any) => l.id === id);
    // web: 2 tasks × 0.5 vCPU × 730 h = 730 vCPU-h × $0.05056 = $36.9088 × 150 = ¥5,536.32
    expect(line("svc:web:ecs-fargate-vcpu")).toMatchObject({ rateUsd: "0.05056", monthlyUsd: "36.9088", monthlyJpy: "5536.32" });
    // web: 2 × 1 GB × 730 h = 1460 GB-h × $0.00553 = $8.0738 → ¥1,211.07
    expect(line("svc:web:ecs-fargate-memory").monthlyJpy).toBe("1211.07");
    // api: 2 × 1 vCPU × 730 = 1460 × 0.05056 = $73.8176 → ¥11,072.64; 2 × 2 GB × 730 = 2920 × 0.00553 = $16.1476 → ¥2,422.14
    expect(line("svc:api:ecs-fargate-vcpu").monthlyJpy).toBe("11072.64");
    expect(line("svc:api:ecs-fargate-memory").monthlyJpy).toBe("2422.14");
    // AWS lines: ¥5,536.32 + ¥1,211.07 + ¥11,072.64 + ¥2,422.14 = ¥20,242.17; tax 10 % = ¥2,024.217
    expect(line("shared:consumption-tax")).toMatchObject({ category: "tax", quantity: "134.9478", monthlyJpy: "2024.217" });
    expect(ecs).toMatchObject({ monthlyJpy: "22266.387", yearlyJpy: "267196.644" });
  });

  it("EKS on Fargate bill: pods rounded up to 2 GB / 3 GB (+256 MB), control plane ¥10,950, × 1.1 = ¥36,975.741", async () => {
    const json = await tokyoJson();
    // vCPU $110.7264; memory 2920 × 0.00553 + 4380 × 0.00553 = $40.369; control plane 730 × $0.10 = $73 → $224.0954 × 1.1 = $246.50494 × 150
    expect(json.patterns.find((p: any) => p.id === "eks-fargate").monthlyJpy).toBe("36975.741");
  });

  it("ops and TCO at jp rates: ECS on Fargate 7.8333 h × ¥5,000 = ¥39,166.67; TCO ¥22,266.39 + ¥39,166.67 = ¥61,433.05", async () => {
    const json = await tokyoJson();
    // typical first-cluster hours (ops-effort.md §3, ECS on Fargate): 0 + 0.5 + 0.5 + 1 + 1.5 + 1 = 4.5 h, plus onboarding
    // 40 h × 1 engineer a year ÷ 12 = 3.3333 h → 7.8333 h; labour is not taxed.
    expect(json.reporting.labour).toMatchObject({ market: "jp", hourly: { amount: "5000", currency: "JPY" } });
    const tco = json.tco.patterns.find((t: any) => t.id === "ecs-fargate");
    expect(yen(json.ops["ecs-fargate"].monthlyJpy.typical)).toBe("39166.67");
    expect(tco.infraMonthlyJpy).toBe("22266.387");
    expect(yen(tco.monthlyJpy.typical)).toBe("61433.05");
  });

  it("--currency USD states the same model in dollars: $148.44258 bill, ops $261.11 (¥39,166.67 ÷ 150)", async () => {
    const json = await tokyoJson(["--currency", "USD"]);
    const ecs = json.patterns.find((p: any) => p.id === "ecs-fargate");
    expect(ecs.monthlyUsd).toBe("148.44258"); // 134.9478 × 1.1
    expect(ecs.monthlyJpy).toBeUndefined();
    expect(Number(json.ops["ecs-fargate"].monthlyUsd.typical).toFixed(2)).toBe("261.11");
  });

  it("--fx replaces the scenario's rate: at ¥100/$ the ECS on Fargate bill is ¥14,844.258", async () => {
    const json = await tokyoJson(["--fx", "100"]);
    expect(json.reporting.exchangeRate).toMatchObject({ jpyPerUsd: "100", asOf: "user-set", source: "CLI --fx" });
    expect(json.patterns.find((p: any) => p.id === "ecs-fargate").monthlyJpy).toBe("14844.258");
  });

  it("a yen rate is not converted twice: at the default ¥148.54/$ the jp typical rate reads ¥5,000/h exactly and ops = hours × ¥5,000", async () => {
    // ¥5,000 enters the model as ¥5,000 ÷ 148.54 = $33.660966742964857950720…/h (cut at 40 digits); multiplied back
    // it read ¥5,000.000000000000000000000000000000000001 before the report edge rounded its noise away (currency/convert.ts).
    const json = await tokyoJson(["--fx", "148.54"]);
    expect(json.reporting.labour).toMatchObject({ hourly: { amount: "5000", currency: "JPY" }, hourlyJpy: "5000" });
    const ops = json.ops["ecs-fargate"];
    expect(ops.engineerHourlyJpy).toBe("5000");
    // ECS on Fargate typical hours (ops-effort.md §3): 0 + 0.5 + 0.5 + 1 + 1.5 + 1 = 4.5 h + onboarding 40 h ÷ 12 = 47/6 h;
    // × ¥5,000 = ¥235,000 ÷ 6 = ¥39,166.666… (30 significant digits, the report edge's precision)
    expect(ops.monthlyJpy.typical).toBe("39166.6666666666666666666666667");
    // low: 0.25 + 0 + 0.5 + 0.5 + 0.5 = 1.75 h + 16 h ÷ 12 = 37/12 h × ¥5,000 = ¥15,416.666…
    expect(ops.monthlyJpy.low).toBe("15416.6666666666666666666666667");
    // the engineer-rate sensitivity row states the band in yen as published: ¥3,500 / ¥5,000 / ¥8,000
    const row = json.sensitivity.find((r: any) => r.id === "engineer-rate");
    expect([row.low.valueJpy, row.baselineJpy, row.high.valueJpy]).toEqual(["3500", "5000", "8000"]);
    // yearly TCO = 12 × (AWS + ops): no …9999 tails
    const tco = json.tco.patterns.find((t: any) => t.id === "ecs-fargate");
    expect(tco.yearlyJpy.typical).not.toMatch(/9999|0000000/);
  });

  it("the table states amounts in yen with the one rate, the labour rate as ¥5,000/h and the tax line", async () => {
    const run = await runCli(["estimate", repoPath("examples/tokyo-team.yaml")], repoPath("."));
    expect(run.stdout).toContain("amounts in JPY at ¥150/$ (2026-12-01, round rate chosen for the review)");
    expect(run.stdout).toContain("== ECS on Fargate (ecs-fargate) — ¥22,266/month, ¥267,197/year");
    expect(run.stdout).toContain("AWS + ops at ¥5,000/h (jp labour market");
    expect(run.stdout).toMatch(/Japanese consumption tax \(10 %\) on the AWS charges +134\.9478 +USD +0\.1 +¥2,024/);
  });

  it.each([
    { args: ["--currency", "EUR"], message: /--currency must be one of USD, JPY/ },
    { args: ["--fx", "abc"], message: /--fx must be yen per US dollar/ },
    { args: ["--fx", "0"], message: /reporting\.jpyPerUsd/ },
  ])("bad flag $args exits 2 with one line", async ({ args, message }) => {
    const run = await runCli(["estimate", repoPath("examples/tokyo-team.yaml"), ...args], repoPath("."));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
