import { embeddedPriceBook, formatUsd, modelScenario, parseDecimal, PATTERN_IDS, type ModelResult, type PatternId } from "@repo/core";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseCsv } from "./parse-csv";
import { goldenDir, runCli } from "./run-cli";

/**
 * Issue 12: one model result for every face. Each scenario goes through every CLI face (estimate
 * JSON / table / CSV, compare, diff, portfolio, the budget gate) and each must show the status and
 * the total the core's `modelScenario` gives — the one result — per pattern.
 */
const dir = goldenDir("cross-face");
/** The one scenario list every face is checked over (the web's cross-face test reads the same file). Paths are relative to tests/golden. */
const SCENARIOS = (
  JSON.parse(readFileSync(join(goldenDir("cross-face"), "scenarios.json"), "utf8")) as { file: string; why: string }[]
).map((s) => ({ ...s, file: relative(dir, join(goldenDir("cross-face"), "..", s.file)) }));

type Seen = { status: string; monthlyUsd: string | null };
type Expected = Seen & { lowerBound: boolean };

function model(file: string): ModelResult {
  return modelScenario(parse(readFileSync(join(dir, file), "utf8")), embeddedPriceBook());
}

function expectedOf(result: ModelResult): Record<PatternId, Expected> {
  return Object.fromEntries(
    result.patterns.map(({ bill }) => [
      bill.id,
      {
        status: bill.status,
        monthlyUsd: bill.monthlyUsd === null ? null : bill.monthlyUsd.toFixed(),
        lowerBound: bill.lowerBound,
      },
    ]),
  ) as Record<PatternId, Expected>;
}

const exact = (value: string | null): string | null => (value === null ? null : parseDecimal(value).toFixed());
const seenOf = (expected: Expected): Seen => ({ status: expected.status, monthlyUsd: expected.monthlyUsd });

describe.each(SCENARIOS)("$why ($file)", ({ file }) => {
  const result = model(file);
  const expected = expectedOf(result);
  const bySeen = (rows: [string, Seen][]) => Object.fromEntries(rows);
  const wanted = bySeen(PATTERN_IDS.map((id) => [id, seenOf(expected[id])]));

  it("the model itself: ruled out ⇔ no total; incomplete ⇔ lower bound", () => {
    for (const id of PATTERN_IDS) {
      expect(expected[id].monthlyUsd === null).toBe(expected[id].status === "ruled-out");
      expect(expected[id].lowerBound).toBe(expected[id].status === "incomplete");
    }
  });

  it("estimate --format json: same status, total and lowerBound per pattern; the TCO's AWS part is the bill", async () => {
    const run = await runCli(["estimate", file, "--format", "json"], dir);
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(run.stdout) as {
      patterns: { id: PatternId; status: string; monthlyUsd: string | null; lowerBound: boolean; lines: { monthlyUsd: string }[] }[];
      tco: { patterns: { id: PatternId; status: string; infraMonthlyUsd: string | null }[] };
    };
    expect(bySeen(json.patterns.map((p) => [p.id, { status: p.status, monthlyUsd: exact(p.monthlyUsd) }]))).toEqual(wanted);
    expect(Object.fromEntries(json.patterns.map((p) => [p.id, p.lowerBound]))).toEqual(
      Object.fromEntries(PATTERN_IDS.map((id) => [id, expected[id].lowerBound])),
    );
    expect(bySeen(json.tco.patterns.map((t) => [t.id, { status: t.status, monthlyUsd: exact(t.infraMonthlyUsd) }]))).toEqual(wanted);
  });

  it("estimate --format csv: the lines of each pattern sum to its total; same status", async () => {
    const run = await runCli(["estimate", file, "--format", "csv"], dir);
    const [header, ...rows] = parseCsv(run.stdout);
    const col = (name: string) => (header ?? []).indexOf(name);
    const seen = PATTERN_IDS.map((id): [string, Seen] => {
      const mine = rows.filter((r) => r[col("pattern")] === id);
      const status = mine[0]?.[col("status")] ?? "absent";
      const amounts = mine.map((r) => r[col("monthlyUsd")] ?? "").filter((a) => a !== "");
      const total = status === "ruled-out" ? null : amounts.reduce((sum, a) => sum.plus(parseDecimal(a)), parseDecimal("0")).toFixed();
      return [id, { status, monthlyUsd: total }];
    });
    expect(bySeen(seen)).toEqual(wanted);
  });

  it('estimate (table): each summary row shows the status and the rounded total, "≥" for a lower bound, — when ruled out', async () => {
    const run = await runCli(["estimate", file], dir);
    for (const { bill } of result.patterns) {
      const row = run.stdout.split("\n").find((line) => line.startsWith(`${bill.label}  `));
      const total = bill.monthlyUsd === null ? "—" : `${bill.lowerBound ? "≥ " : ""}${formatUsd(bill.monthlyUsd)}`;
      const status = bill.status === "ruled-out" ? "ruled out" : bill.status === "incomplete" ? "incomplete" : "priced";
      expect(row, bill.id).toMatch(new RegExp(`^${bill.label}\\s+${status}.*\\s${total.replace(/\$/g, "\\$")}\\s`));
    }
  });

  it("compare (json): same status and total; the cheapest is the model's cheapest priced pattern", async () => {
    const run = await runCli(["compare", file, file, "--format", "json"], dir);
    const json = JSON.parse(run.stdout) as {
      scenarios: { cheapestPattern: PatternId | null; patterns: { id: PatternId; status: string; monthlyUsd: string | null }[] }[];
    };
    const last = json.scenarios[1];
    expect(bySeen((last?.patterns ?? []).map((p) => [p.id, { status: p.status, monthlyUsd: exact(p.monthlyUsd) }]))).toEqual(wanted);
    const priced = PATTERN_IDS.filter((id) => expected[id].status === "priced");
    const cheapest = priced.reduce<PatternId | null>(
      (best, id) =>
        best === null || parseDecimal(expected[id].monthlyUsd ?? "0").lt(parseDecimal(expected[best].monthlyUsd ?? "0")) ? id : best,
      null,
    );
    expect(last?.cheapestPattern).toBe(cheapest);
  });

  it("diff (json) from the plain scenario: the proposed side has the same status and total", async () => {
    const run = await runCli(["diff", "plain.yaml", file, "--format", "json"], dir);
    const json = JSON.parse(run.stdout) as { patterns: { id: PatternId; proposedStatus: string; proposedMonthlyUsd: string | null }[] };
    expect(bySeen(json.patterns.map((p) => [p.id, { status: p.proposedStatus, monthlyUsd: exact(p.proposedMonthlyUsd) }]))).toEqual(wanted);
  });

  it("compare (csv) and portfolio (csv), core's compareCsv / portfolioCsv: same status and total per pattern", async () => {
    const compare = parseCsv((await runCli(["compare", file, file, "--format", "csv"], dir)).stdout);
    const [head = [], ...rows] = compare;
    const at = (name: string) => head.indexOf(name);
    const last = rows.slice(rows.length - PATTERN_IDS.length);
    expect(
      bySeen(last.map((r) => [r[at("pattern")] ?? "", { status: r[at("status")] ?? "", monthlyUsd: exact(r[at("monthlyUsd")] || null) }])),
    ).toEqual(wanted);
    const [pHead = [], ...pRows] = parseCsv((await runCli(["portfolio", file, "--format", "csv"], dir)).stdout);
    const col = (name: string) => pHead.indexOf(name);
    for (const id of PATTERN_IDS) {
      const mine = pRows.filter((r) => r[col("pattern")] === id);
      // a ruled-out pattern is not split (no rows); otherwise its services' shares sum exactly to its total
      const total =
        mine.length === 0
          ? null
          : mine.reduce((sum, r) => sum.plus(parseDecimal(r[col("monthlyUsd")] ?? "0")), parseDecimal("0")).toFixed();
      expect(total, id).toBe(expected[id].monthlyUsd);
      for (const r of mine) expect(r[col("status")], id).toBe(expected[id].status);
    }
  });

  it("portfolio (json): same status and total per pattern", async () => {
    const run = await runCli(["portfolio", file, "--format", "json"], dir);
    const json = JSON.parse(run.stdout) as { patterns: { id: PatternId; status: string; monthlyUsd: string | null }[] };
    expect(bySeen(json.patterns.map((p) => [p.id, { status: p.status, monthlyUsd: exact(p.monthlyUsd) }]))).toEqual(wanted);
  });

  it("the budget gate checks the model's cheapest priced pattern: exit 0 at its total, 3 just below it", async () => {
    const priced = PATTERN_IDS.filter((id) => expected[id].status === "priced").map((id) => parseDecimal(expected[id].monthlyUsd ?? "0"));
    if (priced.length === 0) {
      expect((await runCli(["estimate", file, "--fail-over", "1000000"], dir)).exitCode).toBe(4);
      return;
    }
    const cheapest = priced.reduce((a, b) => (b.lt(a) ? b : a));
    for (const command of [
      ["estimate", file],
      ["compare", "plain.yaml", file],
      ["diff", "plain.yaml", file],
      ["portfolio", file],
    ]) {
      expect((await runCli([...command, "--fail-over", cheapest.toFixed()], dir)).exitCode, command[0]).toBe(0);
      expect((await runCli([...command, "--fail-over", cheapest.minus("0.0001").toFixed()], dir)).exitCode, command[0]).toBe(3);
    }
  });
});

describe("issue 12's wrong answers, as regression tests", () => {
  it("privileged: --fail-over 40 exits 3 — the cheapest pattern that can run it is ECS on EC2 at $58.25 (1 × c6a.large 730 h × $0.0765 + 30 GiB gp3 × $0.08 = $55.845 + $2.40)", async () => {
    const run = await runCli(["estimate", "privileged.yaml", "--fail-over", "40"], dir);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toMatch(/ECS on EC2 \(ecs-ec2\) costs \$58\.25\/month, over the --fail-over budget of \$40\.00/);
  });

  it("privileged: --fail-over 30 never names ECS on Fargate (it cannot run the workload)", async () => {
    const run = await runCli(["estimate", "privileged.yaml", "--fail-over", "30"], dir);
    expect(run.stderr).not.toMatch(/Fargate/);
  });

  it("privileged: --pattern ecs-fargate cannot be certified (ruled out → exit 4)", async () => {
    const run = await runCli(["estimate", "privileged.yaml", "--fail-over", "1000", "--pattern", "ecs-fargate"], dir);
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toMatch(/ECS on Fargate \(ecs-fargate\) has no total \(ruled out\)/);
  });

  it("privileged: compare does not price Fargate or call it the cheapest", async () => {
    const run = await runCli(["compare", "plain.yaml", "privileged.yaml", "--format", "json"], dir);
    const json = JSON.parse(run.stdout) as {
      scenarios: { cheapestPattern: string; patterns: { id: string; status: string; monthlyUsd: string | null }[] }[];
    };
    expect(json.scenarios[1]?.cheapestPattern).toBe("ecs-ec2");
    expect(json.scenarios[1]?.patterns[0]).toMatchObject({ id: "ecs-fargate", status: "ruled-out", monthlyUsd: null });
  });

  it("Auto Mode fee and extended-support surcharge are lines of the bills (JSON and CSV), not TCO-only additions (the fee on the eks-auto-mode pattern since issue 16)", async () => {
    type Line = { id: string; monthlyUsd: string; quantity: string; rate: { usage: string } };
    const json = JSON.parse((await runCli(["estimate", "auto-mode.yaml", "--format", "json"], dir)).stdout) as {
      patterns: { id: string; lines: Line[] }[];
    };
    const eksEc2 = json.patterns.find((p) => p.id === "eks-ec2");
    // extended support: 1 cluster × 730 h × $0.50 = $365 (S7, S9)
    expect(eksEc2?.lines.find((l) => l.id === "shared:eks-extended-support")?.monthlyUsd).toBe("365");
    // the old ops.eksAutoMode flag no longer bills Auto Mode on EKS on EC2 (migrated: Auto Mode is its own pattern)
    expect(eksEc2?.lines.some((l) => l.rate.usage.startsWith("eks/auto-mode/"))).toBe(false);
    // Auto Mode: per node-hour of the node type (1 × c6a.2xlarge × 730 h; S40 rule: 12 % of On-Demand $0.306 = $0.03672/h → $26.8056)
    const autoMode = json.patterns.find((p) => p.id === "eks-auto-mode");
    const fee = autoMode?.lines.find((l) => l.rate.usage.startsWith("eks/auto-mode/"));
    expect([fee?.rate.usage, fee?.quantity, fee?.monthlyUsd]).toEqual(["eks/auto-mode/c6a.2xlarge", "730", "26.8056"]);
    expect(autoMode?.lines.find((l) => l.id === "shared:eks-extended-support")?.monthlyUsd).toBe("365");
    // ECS Managed Instances: the fee-table row for c6a.2xlarge (us-east-1 $0.037, S10): 730 × 0.037 = $27.01
    const ecsMi = json.patterns.find((p) => p.id === "ecs-managed-instances");
    expect(ecsMi?.lines.find((l) => l.rate.usage === "ecs/managed-instances/c6a.2xlarge")?.monthlyUsd).toBe("27.01");
    const csv = (await runCli(["estimate", "auto-mode.yaml", "--format", "csv"], dir)).stdout;
    expect(csv).toMatch(/eks-auto-mode,priced,false,eks-auto-mode:[^,]*:management-fee,/);
    expect(csv).toMatch(/eks-fargate,priced,false,shared:eks-extended-support,/);
  });
});

describe("lower bounds are never passed off as totals", () => {
  const incomplete = "../estimate-incomplete-sa-east-1/scenario.yaml";

  it('compare (table): an incomplete total is "≥ $X" and a Δ against it says "(lower bound)"', async () => {
    const run = await runCli(["compare", "plain.yaml", incomplete], dir);
    // São Paulo's ECS on Fargate lacks the ALB rate (the snapshot has no sa-east-1 ALB row): its $148.79 (3 × 730 × (0.0557 + 2 × 0.00612), S17) is a lower bound
    const row = run.stdout.split("\n").find((line) => line.startsWith("ECS on Fargate"));
    expect(row).toMatch(/≥ \$148\.79/);
    expect(row).toMatch(/\(lower bound\)/);
  });

  it("diff (json and table): a side that is a lower bound flags the delta", async () => {
    const json = JSON.parse((await runCli(["diff", "plain.yaml", incomplete, "--format", "json"], dir)).stdout) as {
      patterns: { id: string; proposedLowerBound: boolean; deltaLowerBound: boolean }[];
    };
    expect(json.patterns.find((p) => p.id === "ecs-fargate")).toMatchObject({ proposedLowerBound: true, deltaLowerBound: true });
    const table = (await runCli(["diff", "plain.yaml", incomplete], dir)).stdout;
    expect(table).toMatch(/a total here is a lower bound \(rates missing\): the Δ is not the full change/);
  });
});
