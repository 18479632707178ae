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
  it("sa-east-1: ECS on Fargate is incomplete (no ALB rate for sa-east-1 in the snapshot) but prices ARM tasks at S17 rates: 3 × 730 × (0.0557 + 2 × 0.00612) = 2190 × 0.06794 = 148.7886", () => {
    const json = golden("estimate-incomplete-sa-east-1") as Json & { pricesGap: { missingUsages: string[]; refreshCommand: string } };
    const ecs = patternOf(json, "ecs-fargate");
    expect(ecs?.status).toBe("incomplete");
    expect(ecs?.missingRates.map((m) => m.usage)).toEqual(["elb/alb/hours"]);
    expect(ecs?.monthlyUsd).toBe("148.7886");
    expect(json.pricesGap).toEqual({
      region: "sa-east-1",
      missingUsages: ["elb/alb/hours", "ec2/on-demand/linux/m7g.xlarge", "ebs/gp3/gb-months"],
      refreshCommand: "costcalc prices refresh --regions sa-east-1 --source offer-files",
    });
  });
  it("tokyo example: every pattern is priced from the embedded snapshot (no missing rate, no prices gap)", () => {
    const json = golden("estimate-example-tokyo") as Json & { pricesGap: unknown };
    expect(json.patterns.map((p) => `${p.id} ${p.status}`)).toEqual(["ecs-fargate priced", "ecs-ec2 priced", "eks-fargate priced", "eks-ec2 priced"]);
    expect(json.pricesGap).toBeNull();
  });
  it("tokyo example, ECS on Fargate: web x86 2190 × (0.5 × 0.05056 + 0.00553) = 67.4739; api ARM 1460 × (0.04045 + 2 × 0.00442) = 71.9634; ALB 730 × 0.0243 + 730 × 1 × 0.008 = 23.579; NAT 730 × 0.062 + 100 × 0.062 = 51.46 → 214.4763", () => {
    expect(patternOf(golden("estimate-example-tokyo"), "ecs-fargate")?.monthlyUsd).toBe("214.4763");
  });
  it("tokyo example, EKS on Fargate (x86 pods only, issue 13): pods +256 MB → web 0.5 vCPU/2 GB: 2190 × (0.02528 + 0.01106) = 79.5846; api 1 vCPU/3 GB at x86 rates: 1460 × (0.05056 + 0.01659) = 98.039; + EKS 73 + ALB 23.579 + NAT 51.46 → 325.6626", () => {
    expect(patternOf(golden("estimate-example-tokyo"), "eks-fargate")?.monthlyUsd).toBe("325.6626");
  });
  it("tokyo example, ECS on EC2: 1 × c6i.large (S33 $0.107/h) holds 3 × (500m, 1 GiB) in 1700m / 3232 MiB; 1 × c7g.xlarge ($0.1819/h) holds 2 × (1 vCPU, 2 GiB): 78.11 + 132.787 + 2 × 30 × 0.096 + 23.579 + 51.46 = 291.696", () => {
    const ecs = patternOf(golden("estimate-example-tokyo"), "ecs-ec2");
    expect(ecs?.monthlyUsd).toBe("291.696");
  });
  it("the Tokyo golden prices the example file itself (examples/tokyo-ap-northeast-1.yaml)", () => {
    expect(readFileSync(join(goldenDir, "estimate-example-tokyo", "scenario.yaml"), "utf8")).toBe(readFileSync(repoPath("examples/tokyo-ap-northeast-1.yaml"), "utf8"));
  });
  it("windows: EKS on Fargate is ruled out; ECS on Fargate = 2 × 730 × (2 × 0.046552 + 4 × 0.00511175 + 2 × 0.046) = 1460 × 0.205551 = 300.10446", () => {
    const json = golden("estimate-windows");
    expect(patternOf(json, "eks-fargate")?.status).toBe("ruled-out");
    expect(patternOf(json, "ecs-fargate")?.monthlyUsd).toBe("300.10446");
  });
});
