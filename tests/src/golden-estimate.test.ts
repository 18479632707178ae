/**
 * Golden scenarios for `costcalc estimate` (infracost-style): each tests/golden/estimate-<name>/ holds
 * scenario.yaml, the byte-exact table (expected.txt) and JSON (expected.json). UPDATE_GOLDEN=1 rewrites
 * them; the hand-derived checks below keep the goldens honest (a rewrite cannot silently move them).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "@repo/cli/main";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";

const goldenDir = repoPath("tests/golden");
const cases = readdirSync(goldenDir).filter((name) => name.startsWith("estimate-"));

async function run(args: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await main(["node", "costcalc", ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  if (code !== 0) throw new Error(`exit ${code}: ${err}`);
  return out;
}

function compareGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe.each(cases)("golden %s", (name) => {
  const scenario = join(goldenDir, name, "scenario.yaml");
  it("table output matches expected.txt", async () => compareGolden(join(goldenDir, name, "expected.txt"), await run(["estimate", scenario])));
  it("JSON output matches expected.json", async () =>
    compareGolden(join(goldenDir, name, "expected.json"), await run(["estimate", scenario, "--format", "json"])));
});

type Json = { patterns: { id: string; status: string; monthlyUsd: string | null; missingRates: { usage: string }[]; ruledOutReasons: string[]; lines: { id: string; monthlyUsd: string }[] }[] };
const golden = (name: string): Json => JSON.parse(readFileSync(join(goldenDir, name, "expected.json"), "utf8")) as Json;
const patternOf = (json: Json, id: string) => json.patterns.find((p) => p.id === id);

describe("hand-derived figures in the goldens (rates: fargate_rates.csv S2/S7/S8, eks_rates.csv S7, ALB S11, EC2 S5, gp3 S14)", () => {
  it("fargate-small, ECS on Fargate: 2 × 730 × (0.5 × 0.04048 + 1 × 0.004445) + ALB 730 × 0.0225 = 36.0401 + 16.425 = 52.4651", () => {
    expect(patternOf(golden("estimate-fargate-small"), "ecs-fargate")?.monthlyUsd).toBe("52.4651");
  });
  it("fargate-small, EKS on Fargate: pods 0.5 vCPU / (1 GB + 256 MB → 2 GB): 1460 × (0.02024 + 0.00889) + 73 + 16.425 = 131.9548", () => {
    expect(patternOf(golden("estimate-fargate-small"), "eks-fargate")?.monthlyUsd).toBe("131.9548");
  });
  it("fargate-small, ECS on EC2: cheapest fit 1 × c6a.large (S5 $0.0765/h): 730 × 0.0765 + 30 GiB × 0.08 + ALB 16.425 = 55.845 + 2.4 + 16.425 = 74.67", () => {
    // Allocatable on c6a.large (2 vCPU / 4 GiB, S27): 2000m − 300m agents = 1700m; 4096 MiB × 0.925 − 256 − 300 = 3232 MiB,
    // enough for 2 × (500m, 1024 MiB), so one node.
    expect(patternOf(golden("estimate-fargate-small"), "ecs-ec2")?.monthlyUsd).toBe("74.67");
  });
  it("example web-app, ECS on Fargate web (ARM): 4 × 730 × 0.5 × 0.03238 = 47.2748 vCPU", () => {
    const line = patternOf(golden("estimate-example-web-app"), "ecs-fargate")?.lines.find((l) => l.id === "svc:web:ecs-fargate-vcpu");
    expect(line?.monthlyUsd).toBe("47.2748");
  });
  it("example web-app, nightly report: 1 run/day × 730/24 days × 1200 s = 10.1388… h × 2 vCPU × 0.04048 on ECS Fargate", () => {
    const line = patternOf(golden("estimate-example-web-app"), "ecs-fargate")?.lines.find((l) => l.id === "svc:nightly-report:ecs-fargate-vcpu");
    // 730/24 × 1/3 h × 2 × 0.04048 = 0.8208444…; exact to 40 significant digits.
    expect(Number(line?.monthlyUsd).toFixed(6)).toBe("0.820844");
  });
  it("tokyo: ECS on Fargate is incomplete (no ALB rate for ap-northeast-1 in the snapshot) but prices ARM tasks: 3 × 730 × (0.04045 + 2 × 0.00442) = 2190 × 0.04929 = 107.9451", () => {
    const ecs = patternOf(golden("estimate-tokyo-incomplete"), "ecs-fargate");
    expect(ecs?.status).toBe("incomplete");
    expect(ecs?.missingRates.map((m) => m.usage)).toEqual(["elb/alb/hours"]);
    expect(ecs?.monthlyUsd).toBe("107.9451");
  });
  it("windows: EKS on Fargate is ruled out; ECS on Fargate = 2 × 730 × (2 × 0.046552 + 4 × 0.00511175 + 2 × 0.046) = 1460 × 0.205551 = 300.10446", () => {
    const json = golden("estimate-windows");
    expect(patternOf(json, "eks-fargate")?.status).toBe("ruled-out");
    expect(patternOf(json, "ecs-fargate")?.monthlyUsd).toBe("300.10446");
  });
});
