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
  it("table output matches expected.txt", async () =>
    compareGolden(join(goldenDir, name, "expected.txt"), await run(["estimate", scenario])));
  it("JSON output matches expected.json", async () =>
    compareGolden(join(goldenDir, name, "expected.json"), await run(["estimate", scenario, "--format", "json"])));
});

type Json = {
  patterns: {
    id: string;
    status: string;
    monthlyUsd: string | null;
    missingRates: { usage: string }[];
    ruledOutReasons: string[];
    lines: { id: string; monthlyUsd: string }[];
  }[];
};
const golden = (name: string): Json => JSON.parse(readFileSync(join(goldenDir, name, "expected.json"), "utf8")) as Json;
const patternOf = (json: Json, id: string) => json.patterns.find((p) => p.id === id);

// The internet-facing ALB (the default scheme) also holds one public IPv4 per AZ: 2 × 730 × $0.005 = 7.30 (S40, issue 15).
describe("hand-derived figures in the goldens (rates: fargate_rates.csv S2/S7/S8, eks_rates.csv S7, ALB S11, EC2 S5, gp3 S14, IPv4 S40)", () => {
  it("fargate-small, ECS on Fargate: 2 × 730 × (0.5 × 0.04048 + 1 × 0.004445) + ALB 730 × 0.0225 + IPv4 7.30 = 36.0401 + 16.425 + 7.3 = 59.7651", () => {
    expect(patternOf(golden("estimate-fargate-small"), "ecs-fargate")?.monthlyUsd).toBe("59.7651");
  });
  it("fargate-small, EKS on Fargate: pods 0.5 vCPU / (1 GB + 256 MB → 2 GB): 1460 × (0.02024 + 0.00889) + 73 + 16.425 + 7.3 = 139.2548", () => {
    expect(patternOf(golden("estimate-fargate-small"), "eks-fargate")?.monthlyUsd).toBe("139.2548");
  });
  it("fargate-small, ECS on EC2: cheapest fit 1 × c6a.large (S5 $0.0765/h): 730 × 0.0765 + 30 GiB × 0.08 + ALB 16.425 + IPv4 7.3 = 81.97", () => {
    // Allocatable on c6a.large (2 vCPU / 4 GiB, S27): 2000m − 300m agents = 1700m; 4096 MiB × 0.925 − 256 − 300 = 3232 MiB,
    // enough for 2 × (500m, 1024 MiB), so one node.
    expect(patternOf(golden("estimate-fargate-small"), "ecs-ec2")?.monthlyUsd).toBe("81.97");
  });
  it("example web-app, ECS on Fargate web (ARM): 4 × 730 × 0.5 × 0.03238 = 47.2748 vCPU", () => {
    const line = patternOf(golden("estimate-example-web-app"), "ecs-fargate")?.lines.find((l) => l.id === "svc:web:ecs-fargate-vcpu");
    expect(line?.monthlyUsd).toBe("47.2748");
  });
  it("example web-app, nightly report: 1 run/day × 730/24 days × 1200 s = 10.1388… h × 2 vCPU × 0.04048 on ECS Fargate", () => {
    const line = patternOf(golden("estimate-example-web-app"), "ecs-fargate")?.lines.find(
      (l) => l.id === "svc:nightly-report:ecs-fargate-vcpu",
    );
    // 730/24 × 1/3 h × 2 × 0.04048 = 0.8208444…; exact to 40 significant digits.
    expect(Number(line?.monthlyUsd).toFixed(6)).toBe("0.820844");
  });
  it("sa-east-1: ECS on Fargate is incomplete (no ALB rate for sa-east-1 in the snapshot) but prices ARM tasks at S17 rates: 3 × 730 × (0.0557 + 2 × 0.00612) = 2190 × 0.06794 = 148.7886", () => {
    const json = golden("estimate-incomplete-sa-east-1") as Json & { pricesGap: { missingUsages: string[]; refreshCommand: string } };
    const ecs = patternOf(json, "ecs-fargate");
    expect(ecs?.status).toBe("incomplete");
    // the internet-facing ALB's public IPv4 (issue 15) has no sa-east-1 rate either
    expect(ecs?.missingRates.map((m) => m.usage)).toEqual(["elb/alb/hours", "vpc/public-ipv4/hours"]);
    expect(ecs?.monthlyUsd).toBe("148.7886");
    expect(json.pricesGap).toEqual({
      region: "sa-east-1",
      missingUsages: ["elb/alb/hours", "vpc/public-ipv4/hours", "ec2/on-demand/linux/m7g.xlarge", "ebs/gp3/gb-months"],
      refreshCommand: "costcalc prices refresh --regions sa-east-1 --source offer-files",
    });
  });
  it("tokyo example: every pattern is priced from the embedded snapshot (no missing rate, no prices gap)", () => {
    const json = golden("estimate-example-tokyo") as Json & { pricesGap: unknown };
    expect(json.patterns.map((p) => `${p.id} ${p.status}`)).toEqual([
      "ecs-fargate priced",
      "ecs-ec2 priced",
      "eks-fargate priced",
      "eks-ec2 priced",
      "ecs-managed-instances priced",
      "eks-auto-mode priced",
    ]);
    expect(json.pricesGap).toBeNull();
  });
  it("tokyo example, ECS on Fargate: web x86 2190 × (0.5 × 0.05056 + 0.00553) = 67.4739; api ARM 1460 × (0.04045 + 2 × 0.00442) = 71.9634; ALB 730 × 0.0243 + 730 × 1 × 0.008 = 23.579; NAT 730 × 0.062 + 100 × 0.062 = 51.46; public IPv4 (ALB 2 AZs 7.30 + NAT EIP 3.65, $0.005/h S35) = 10.95 → 225.4263", () => {
    expect(patternOf(golden("estimate-example-tokyo"), "ecs-fargate")?.monthlyUsd).toBe("225.4263");
  });
  it("tokyo example, EKS on Fargate (x86 pods only, issue 13): pods +256 MB → web 0.5 vCPU/2 GB: 2190 × (0.02528 + 0.01106) = 79.5846; api 1 vCPU/3 GB at x86 rates: 1460 × (0.05056 + 0.01659) = 98.039; + EKS 73 + ALB 23.579 + NAT 51.46 + IPv4 10.95 → 336.6126", () => {
    expect(patternOf(golden("estimate-example-tokyo"), "eks-fargate")?.monthlyUsd).toBe("336.6126");
  });
  it("tokyo example, ECS on EC2: 1 × c6i.large (S33 $0.107/h) holds 3 × (500m, 1 GiB) in 1700m / 3232 MiB; 1 × c7g.xlarge ($0.1819/h) holds 2 × (1 vCPU, 2 GiB): 78.11 + 132.787 + 2 × 30 × 0.096 + 23.579 + 51.46 + IPv4 10.95 = 302.646", () => {
    const ecs = patternOf(golden("estimate-example-tokyo"), "ecs-ec2");
    expect(ecs?.monthlyUsd).toBe("302.646");
  });
  it("the Tokyo golden prices the example file itself (examples/tokyo-ap-northeast-1.yaml)", () => {
    expect(readFileSync(join(goldenDir, "estimate-example-tokyo", "scenario.yaml"), "utf8")).toBe(
      readFileSync(repoPath("examples/tokyo-ap-northeast-1.yaml"), "utf8"),
    );
  });
  it("windows: EKS on Fargate is ruled out; ECS on Fargate = 2 × 730 × (2 × 0.046552 + 4 × 0.00511175 + 2 × 0.046) = 1460 × 0.205551 = 300.10446", () => {
    const json = golden("estimate-windows");
    expect(patternOf(json, "eks-fargate")?.status).toBe("ruled-out");
    expect(patternOf(json, "ecs-fargate")?.monthlyUsd).toBe("300.10446");
  });
});

// estimate-whole-bill: every issue-15 line once (container_bill_extras_rates.csv us-east-1: S39/S41 transfer, S40
// endpoints/IPv4, S41/S58 logs, S59/S50 Container Insights, S41 NLB/ECR, S14 snapshots, S9 gp3, S52 Support).
describe("hand-derived figures, estimate-whole-bill (ECS on Fargate unless said)", () => {
  const json = golden("estimate-whole-bill");
  const line = (patternId: string, id: string) => patternOf(json, patternId)?.lines.find((l) => l.id === id)?.monthlyUsd;
  it.each([
    { id: "shared:internet-egress-tier-1", usd: "36", why: "(web's 500 GB − the account's 100 GB free) = 400 GB × $0.09" },
    { id: "svc:api:inter-region-egress", usd: "15", why: "750 GB × $0.02, billed on the sender" },
    { id: "svc:web:cross-az", usd: "10", why: "1,000 GB × (2 − 1)/2 AZs × 2 directions × $0.01" },
    { id: "svc:web:logs-ingestion", usd: "25", why: "50 GB × $0.50 Standard" },
    { id: "svc:web:logs-storage", usd: "0.6", why: "20 GB-month × $0.03" },
    { id: "svc:api:logs-ingestion", usd: "2.5", why: "10 GB × $0.25 Infrequent Access" },
    { id: "shared:container-insights", usd: "20.897856", why: "(1,720 × 43,800 + 138 × 60 × 4 tasks × 730 h) = 99.5136 M × $0.21" },
    { id: "shared:vpc-endpoint-hours", usd: "43.8", why: "3 endpoints × 2 AZs × 730 h × $0.01" },
    { id: "shared:vpc-endpoint-data", usd: "1", why: "100 GB × $0.01" },
    { id: "shared:nat-data", usd: "4.5", why: "(200 − 100 GB through the endpoints) × $0.045" },
    { id: "shared:nat-public-ipv4", usd: "3.65", why: "1 Elastic IP × 730 h × $0.005" },
    { id: "shared:alb-public-ipv4", usd: "7.3", why: "internet-facing ALB: 2 AZs × 730 h × $0.005" },
    { id: "shared:nlb-hours", usd: "16.425", why: "730 h × $0.0225" },
    { id: "shared:nlb-nlcu", usd: "8.76", why: "730 h × 2 NLCU × $0.006" },
    { id: "shared:nlb-public-ipv4", usd: "7.3", why: "2 AZs × 730 h × $0.005" },
    { id: "shared:ecr-storage", usd: "2.5", why: "25 GB-month × $0.10" },
    { id: "shared:ebs-snapshots", usd: "10", why: "200 GB-month × $0.05" },
    { id: "shared:support-minimum", usd: "29", why: "Developer: 3 % of $378.47 = $11.35 < the $29 minimum" },
  ])("$id = $usd ($why)", ({ id, usd }) => {
    expect(line("ecs-fargate", id)).toBe(usd);
  });
  it("ECS on Fargate total = compute 108.1203 + ALB 29.565 + NAT 41 + egress 36 + inter-region 15 + cross-AZ 10 + logs 28.1 + CI 20.897856 + endpoints 44.8 + NLB 32.485 + ECR 2.5 + snapshots 10 + Support 29 = 407.468156", () => {
    expect(patternOf(json, "ecs-fargate")?.monthlyUsd).toBe("407.468156");
  });
  it("EC2 patterns add gp3 extras on 2 × m6i.large: 2 × 1,000 IOPS × $0.005 = $10, 2 × 25 MiB/s × $0.04 = $2; EKS on Fargate has no Container Insights line", () => {
    const ec2Lines = patternOf(json, "eks-ec2")?.lines ?? [];
    expect(ec2Lines.find((l) => l.id.endsWith(":root-volume-iops"))?.monthlyUsd).toBe("10");
    expect(ec2Lines.find((l) => l.id.endsWith(":root-volume-throughput"))?.monthlyUsd).toBe("2");
    expect(line("eks-fargate", "shared:container-insights")).toBeUndefined();
  });
  it("nothing is left 'not estimated' here: every usage input is set", () => {
    expect((json as unknown as { notEstimated: unknown[] }).notEstimated).toEqual([]);
  });
});

describe("hand-derived figures, estimate-windows on EC2 (Windows licence-included, derived rows: Linux + vCPU × $0.046, S51)", () => {
  it("ECS on EC2: 1 × c6i.2xlarge Windows at 0.340 + 8 × 0.046 = $0.708/h × 730 h = $516.84, marked derived", () => {
    const nodes = patternOf(golden("estimate-windows"), "ecs-ec2")?.lines.find((l) => l.id.endsWith(":instances")) as
      | { monthlyUsd: string; name: string; rate: { basis?: string } }
      | undefined;
    expect(nodes?.monthlyUsd).toBe("516.84");
    expect(nodes?.name).toMatch(/\(derived rate\)/);
    expect(nodes?.rate.basis).toBe("derived");
  });
});
