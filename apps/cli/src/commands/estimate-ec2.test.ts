import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main";

const dir = mkdtempSync(join(tmpdir(), "costcalc-ec2-"));
function scenarioFile(name: string, scenario: object): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "costcalc", ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

// 3 tasks × 0.5 vCPU / 1 GiB on m5.large (ECS allocatable 1700m / 7021 MiB): 1 node,
// CPU 1500/1700 = 88.2 %, memory 3072/7021 = 43.8 % (core tests derive these figures).
const chosen = scenarioFile("chosen", {
  region: "us-east-1",
  services: [{ name: "web", taskCount: 3, vcpu: 0.5, memoryGib: 1 }],
  ec2: { instanceType: "m5.large" },
  purchase: { ec2: { option: "reserved", payment: "partial-upfront" } },
});

describe("costcalc estimate shows the EC2 node groups", () => {
  it("table: nodes column, chosen type, utilisation and the RI upfront shown apart from monthly", async () => {
    const { code, out } = await run(["estimate", chosen]);
    expect(code).toBe(0);
    expect(out).toMatch(/ECS on EC2 +priced .* 1 × m5\.large/);
    expect(out).toMatch(/linux\/x86_64 +m5\.large +1 +ec2\.instanceType +1700m \/ 7021 MiB +88\.2% +43\.8%/);
    expect(out).toContain(
      "purchase (ec2): 1-year Standard Reserved Instance, Partial Upfront — $252.00 upfront (once, 12-month term); $21.17/month recurring; $42.17/month effective",
    );
  });

  it("json: nodeGroups carry type, counts, allocatable capacity, utilisation and purchase", async () => {
    const { code, out } = await run(["estimate", chosen, "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      patterns: { id: string; nodeGroups: Record<string, unknown>[]; purchase: Record<string, unknown>[] }[];
    };
    const ecsEc2 = json.patterns.find((p) => p.id === "ecs-ec2");
    expect(ecsEc2?.nodeGroups[0]).toMatchObject({
      instanceType: "m5.large",
      nodeCount: 1,
      selection: "chosen",
      allocatablePerNode: { cpuMillicores: 1700, memoryMib: "7021" },
      utilisation: { idleCpuMillicores: 200 },
    });
    expect(ecsEc2?.purchase[0]).toMatchObject({ upfrontUsd: "252", termMonths: 12 });
  });

  it("cheapest fit names the search and the runners-up", async () => {
    const path = scenarioFile("cheapest", {
      region: "us-east-1",
      services: [{ name: "web", taskCount: 6, vcpu: 0.5, memoryGib: 1 }],
      ec2: { selection: { families: ["m5"] } },
    });
    const { out } = await run(["estimate", path]);
    // m5 only: 1 × m5.xlarge ($142.56) beats 2 × m5.large ($144.96), see the core cheapest-fit test
    // the search counts the types it considered among the region's EC2 catalog (1,367 priced in us-east-1, S5)
    expect(out).toMatch(/m5\.xlarge +1 +cheapest fit: \d+ of 1367 types priced here/);
    expect(out).toMatch(/runners-up \(linux\/x86_64\): 2 × m5\.large \+\$2\.40/);
  });

  it("Fargate Spot for EKS is one line on stderr and exit code 2", async () => {
    const path = scenarioFile("eks-spot", {
      region: "us-east-1",
      services: [{ name: "web", taskCount: 1, vcpu: 0.5, memoryGib: 1 }],
      purchase: { fargate: { eks: { option: "spot" } } },
    });
    const { code, err } = await run(["estimate", path]);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/purchase\.fargate\.eks\.option/);
  });
});
