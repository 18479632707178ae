import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main";

const example = fileURLToPath(new URL("../../../../examples/web-app.yaml", import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "costcalc", ...args], {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

function scenarioFile(content: object): string {
  const dir = mkdtempSync(join(tmpdir(), "costcalc-tco-"));
  const file = join(dir, "scenario.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("costcalc estimate: TCO and decisions (table)", async () => {
  const { code, out } = await run(["estimate", example]);

  it("exits 0", () => expect(code).toBe(0));

  it.each([
    { label: "the AWS comparison is still first", text: "Pattern                Status  Monthly" },
    { label: "TCO summary with monthly, yearly and 3-year columns", text: "TCO/month    TCO/year  TCO 3 years" },
    { label: "ops lines per pattern with their sources", text: "Orchestrator version upgrades" },
    { label: "the upgrade trade-off, both paths", text: "Path: extended support" },
    { label: "break-even section", text: "== Break-even: every service's taskCount × m" },
    { label: "constraints section", text: "== Constraints triggered by the workload" },
    { label: "sensitivity section", text: "== Sensitivity" },
    { label: "trade-off matrix", text: "== Trade-offs" },
    { label: "recommendation", text: "== Recommendation: ECS on Fargate" },
    { label: "assumptions with sources", text: "Loaded engineer cost: $90/hour [ops-effort.md F36, F37]" },
  ])("shows $label", ({ text }) => {
    expect(out).toContain(text);
  });

  it("reads break-even multipliers as the web does (core's reading format, 2 places: issue 20 item 4)", () => {
    // web-app.yaml's search runs ×¼ … ×10; the first Fargate/Managed Instances swap is at 68 tasks of
    // the example's ~10 (exactly 6.666667, the web's ×6.67)
    expect(out).toContain("m from ×0.25 to ×10 (");
    expect(out).toContain("×6.67 (68 tasks): ECS Managed Instances cheaper");
    const block = out.slice(out.indexOf("== Break-even"), out.indexOf("== Constraints"));
    expect(block).toContain("×6.67 (68 tasks)");
    expect(block, "no 6-place multipliers in the break-even table").not.toMatch(/×\d+\.\d{3,}/);
  });

  it("the ECS on Fargate TCO row adds AWS and ops: $499.07 + 7.83 h × $90 = $1,204.07", () => {
    // AWS $499.07 = the compute/ALB/NAT bill $380.42 + the whole-bill lines of examples/web-app.yaml (issue 15):
    // IPv4 ALB 7.30 + NAT EIP 3.65 − NAT 50 GB via endpoints 2.25 + egress 400 × 0.09 = 36 + inter-region 0.40
    // + cross-AZ 2.00 + logs 25.25 + endpoints 44.30 + ECR 2.00 = +118.65; ops 4.5 h (research total, one cluster)
    // + 40 h onboarding ÷ 12 = 7.8333 h; × $90 = $705.00
    expect(out).toMatch(/ECS on Fargate\s+priced\s+\$499\.07\s+7\.83\s+\$705\.00\s+\$1,204\.07\s+\$14,448\.81\s+\$43,346\.44/);
  });
});

describe("costcalc estimate --format json", async () => {
  const { code, out } = await run(["estimate", example, "--format", "json"]);
  const json = JSON.parse(out) as Record<string, any>;

  it("keeps the comparison's fields", () => {
    expect(code).toBe(0);
    expect(json.patterns.map((p: { id: string }) => p.id)).toEqual([
      "ecs-fargate",
      "ecs-ec2",
      "eks-fargate",
      "eks-ec2",
      "ecs-managed-instances",
      "eks-auto-mode",
    ]);
    expect(json.patterns[0].monthlyUsd).toMatch(/^499\.067/);
    expect(json.notEstimated.map((n: { line: string }) => n.line)).toEqual(["ebs-snapshots"]);
    expect(json.patterns[0].lines.length).toBeGreaterThan(0);
  });

  it("adds ops, tco, breakEven, curves, sensitivity, constraints and recommendation", () => {
    expect(json.tco.patterns[0].threeYearUsd.typical).toMatch(/^43346\.437/); // unrounded: $1,204.0677… × 36;
    expect(json.ops["ecs-fargate"].lines[0].category).toBe("ops");
    expect(json.breakEven.pairs).toHaveLength(15); // every pair of the six patterns: 6 × 5 ÷ 2
    expect(json.curves).toHaveLength(20);
    expect(json.sensitivity.map((r: { id: string }) => r.id)).toEqual([
      "engineer-rate",
      "ops-hours",
      "ec2-headroom",
      "spot-share",
      "savings-plan-coverage",
    ]);
    expect(json.recommendation.pattern).toBe("ecs-fargate");
    // examples/web-app.yaml's "web" is arm64: EKS on Fargate runs x86_64 pods only (flagged, still priced).
    expect(json.constraints.map((c: { rule: string; effect: string }) => [c.rule, c.effect])).toEqual([["eks-fargate-x86-only", "flags"]]);
  });
});

describe("costcalc estimate: constraints and bad ops input", () => {
  const base = { name: "gpu", region: "us-east-1", services: [{ name: "ml", taskCount: 2, vcpu: 1, memoryGib: 2 }] };

  it("a GPU service shows both Fargate patterns ruled out, with the reason, and no Fargate TCO", async () => {
    const { code, out } = await run([
      "estimate",
      scenarioFile({ ...base, ec2: { instanceType: "g5.xlarge" }, ops: { workload: { gpuServices: ["ml"] } } }),
    ]);
    expect(code).toBe(0);
    expect(out).toContain("rules out ECS on Fargate, EKS on Fargate: ml need GPUs; Fargate has none [F22, F24]");
    expect(out).toMatch(/ECS on Fargate\s+ruled out\s+—/);
  });

  it("a GPU service on the default (GPU-less) node type: nothing is priced, and the output says how to fix it", async () => {
    const { code, out } = await run(["estimate", scenarioFile({ ...base, ops: { workload: { gpuServices: ["ml"] } } })]);
    expect(code).toBe(0);
    expect(out).toContain("== Recommendation: none");
    expect(out).toContain("set ec2.instanceType to a GPU type");
  });

  it.each([
    { label: "unknown ops field", ops: { hoursPerWeek: 3 }, message: /INVALID_SCENARIO.*ops/ },
    {
      label: "bad upgrade policy",
      ops: { upgradePolicy: "never" },
      message: /ops\.upgradePolicy.*allowed: upgrade, stay-on-extended-support/,
    },
    { label: "unknown GPU service", ops: { workload: { gpuServices: ["x"] } }, message: /ops\.workload\.gpuServices\[0\]/ },
  ])("$label → one line on stderr, exit 2", async ({ ops, message }) => {
    const { code, err } = await run(["estimate", scenarioFile({ ...base, ops })]);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(message);
  });
});
