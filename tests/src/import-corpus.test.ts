import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldenDir, matchGolden, runCli } from "./run-cli";

/**
 * Issue 22's corpus: manifests and task definitions in the shapes real estates use (tests/golden/import-corpus),
 * each imported (golden: <file>.import.json) and priced; the figures are derived by hand below from the embedded
 * snapshot's us-east-1 rates: Fargate Linux/x86 $0.04048 per vCPU-hour + $0.004445 per GB-hour (Linux/ARM
 * $0.03238 + $0.00356), EKS control plane 730 h × $0.10 = $73.
 */
const DIR = goldenDir("import-corpus");
const FARGATE_X86 = { vcpu: 0.04048, gb: 0.004445 };

async function importFiles(...files: string[]) {
  const run = await runCli(["import", ...files, "--format", "json"], DIR);
  expect(run.exitCode).toBe(0);
  return { run, json: JSON.parse(run.stdout) };
}

async function estimateImported(scenario: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), "corpus-")), "scenario.json");
  writeFileSync(file, JSON.stringify(scenario));
  const run = await runCli(["estimate", file, "--format", "json"], DIR);
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  const json = JSON.parse(run.stdout);
  const pattern = (id: string) => json.patterns.find((p: { id: string }) => p.id === id);
  return { json, pattern, warnings: json.workloadWarnings.map((w: { code: string }) => w.code) as string[] };
}

const hourly = (vcpu: number, gb: number, rates = FARGATE_X86) => vcpu * rates.vcpu + gb * rates.gb;
const usd = (value: number) => Number(value.toFixed(6));

describe("import corpus (issue 22): every file imports to its golden and prices as derived by hand", () => {
  it.each([
    "deployment-sidecar.yaml",
    "cronjob-forbid.yaml",
    "cronjob-allow.yaml",
    "job.yaml",
    "daemonset.yaml",
    "no-requests.yaml",
    "ecs-fargate-multi.json",
    "ecs-ec2-memory-reservation.json",
    "statefulset-pvc.yaml",
    "pvc-deployment.yaml",
    "ecs-efs.json",
  ])("%s matches %s.import.json", async (file) => {
    const { json } = await importFiles(file);
    const { expected, actual } = matchGolden("import-corpus", `${file}.import.json`, `${JSON.stringify(json, null, 2)}\n`);
    expect(actual).toBe(expected);
  });

  it("Deployment with init + native sidecar: EKS pod = max(init 1 vCPU / 256Mi, sidecar + app 750m / 1Gi) = 1 vCPU / 1 GiB → Fargate 1 vCPU / 2 GB (+256 MB)", async () => {
    const { json } = await importFiles("deployment-sidecar.yaml");
    expect(json.warnings.filter((w: { field: string }) => w.field.includes("volumes"))).toEqual([]); // emptyDir + configMap cost nothing
    const { pattern } = await estimateImported(json.scenario);
    // 2 pods × 730 h × (1 × 0.04048 + 2 × 0.004445) = 72.0802, + control plane 73.
    expect(Number(pattern("eks-fargate").monthlyUsd)).toBe(usd(2 * 730 * hourly(1, 2) + 73));
  });

  it("CronJob */2 Forbid: one pod at a time all month = 730 h × (0.25 × 0.04048 + 0.5 × 0.004445) = $9.010025 (was 30 pods, $270)", async () => {
    const { pattern, warnings } = await estimateImported((await importFiles("cronjob-forbid.yaml")).json.scenario);
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(730 * hourly(0.25, 0.5)));
    const group = pattern("ecs-ec2").nodeGroups[0];
    expect({ nodes: group.nodeCount, hours: group.hoursPerNode }).toEqual({ nodes: 1, hours: "730" });
    expect(warnings).toEqual(["WORKLOAD_SCHEDULE_DURATION_ASSUMED", "WORKLOAD_SCHEDULE_OVERLAP_FORBID"]);
  });

  it("CronJob */15 9-17 Allow, stopped at 1,800 s: 36 × 730/24 = 1,095 runs × 0.5 h = 547.5 task-h; 1,800 > 900 s apart → 2 at once", async () => {
    const { pattern, warnings } = await estimateImported((await importFiles("cronjob-allow.yaml")).json.scenario);
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(547.5 * hourly(1, 2)));
    // The batch node group holds the 2-task peak; each node billed 547.5 ÷ 2 = 273.75 h (nodes × hours = the task-hours on one node).
    const group = pattern("ecs-ec2").nodeGroups[0];
    expect({ hours: group.hoursPerNode, tasks: group.taskCount }).toEqual({ hours: "273.75", tasks: 2 });
    expect(warnings).toEqual([
      "WORKLOAD_SCHEDULE_DURATION_ASSUMED",
      "WORKLOAD_SCHEDULE_ACTIVE_DEADLINE",
      "WORKLOAD_SCHEDULE_OVERLAP_ALLOW",
    ]);
  });

  it("Job 6 completions × parallelism 3: 3 pods for 2 waves × 3,600 s = 2 h once a month → 6 task-h × (2 × 0.04048 + 4 × 0.004445)", async () => {
    const { pattern } = await estimateImported((await importFiles("job.yaml")).json.scenario);
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(6 * hourly(2, 4)));
  });

  it("DaemonSet only: a valid import (exit 0) whose Fluent Bit request replaces the default agents; beside a Deployment it flags EKS on Fargate", async () => {
    const only = await importFiles("daemonset.yaml");
    expect(only.json.scenario.services).toEqual([]);
    expect(only.json.scenario.ec2).toEqual({ daemonSets: [{ name: "fluent-bit", cpu: "500m", memory: "100Mi" }] });
    expect(only.json.scenario.ops).toEqual({ workload: { daemonSets: true } });
    const both = await importFiles("daemonset.yaml", "deployment-sidecar.yaml");
    const { json } = await estimateImported(both.json.scenario);
    expect(json.constraints).toContainEqual(
      expect.objectContaining({
        rule: "daemon-sets",
        effect: "flags",
        patterns: ["eks-fargate"],
        message: { code: "CONSTRAINT_DAEMON_SETS", params: {} },
      }),
    );
  });

  it("pods with no requests: the default 500m / 256Mi is priced (Fargate 0.5 vCPU / 1 GB) and the estimate names them", async () => {
    const { json: imported } = await importFiles("no-requests.yaml");
    const { json, pattern, warnings } = await estimateImported(imported.scenario);
    // reviews 3 + ratings 1 = 4 tasks × 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 72.0802.
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(4 * 730 * hourly(0.5, 1)));
    expect(warnings).toEqual(["WORKLOAD_DEFAULT_REQUESTS"]);
    expect(json.workloadWarnings[0].params.services).toBe("reviews, ratings");
  });

  it("ECS Fargate multi-container ARM64 task (app + FireLens router): the task size 1 vCPU / 2 GB at Linux/ARM rates = 730 × (0.03238 + 2 × 0.00356)", async () => {
    const { pattern } = await estimateImported((await importFiles("ecs-fargate-multi.json")).json.scenario);
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(730 * hourly(1, 2, { vcpu: 0.03238, gb: 0.00356 })));
  });

  it("StatefulSet with PVCs: 3 replicas × 10 GiB gp3 × $0.08 (S14) = $2.40 on every pattern; EKS on Fargate ruled out (no EBS on Fargate pods)", async () => {
    const { json: imported } = await importFiles("statefulset-pvc.yaml");
    expect(imported.scenario.services[0].persistentVolumes).toEqual([{ name: "www", kind: "gp3", sizeGib: 10 }]);
    const { json, pattern } = await estimateImported(imported.scenario);
    // 3 tasks × 730 h × (0.25 × 0.04048 + 0.5 × 0.004445) = 27.009175, + 30 GB-month × 0.08 = 2.40.
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(3 * 730 * hourly(0.25, 0.5) + 2.4));
    for (const id of ["ecs-fargate", "ecs-ec2", "eks-ec2"]) {
      expect(pattern(id).lines.find((l: { id: string }) => l.id === "svc:web:volume:www").monthlyUsd).toBe("2.4");
    }
    expect(pattern("eks-fargate").status).toBe("ruled-out");
    expect(json.constraints).toContainEqual(
      expect.objectContaining({ rule: "ebs-volumes", effect: "rules-out", patterns: ["eks-fargate"] }),
    );
  });

  it("a standalone gp2 claim mounted by a Deployment: one 20 GiB volume all month × $0.10 (S14) = $2.00; emptyDir is free", async () => {
    const { json: imported } = await importFiles("pvc-deployment.yaml");
    expect(imported.scenario.services[0].persistentVolumes).toEqual([{ name: "uploads", kind: "gp2", sizeGib: 20, count: 1 }]);
    const { pattern } = await estimateImported(imported.scenario);
    // 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 18.02165, + 20 GB-month × 0.10 = 2.00.
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(730 * hourly(0.5, 1) + 2));
  });

  it("ECS task with an EFS volume: no EFS rate in the price data → a missing rate, the total a lower bound (≥ the compute)", async () => {
    const { json: imported } = await importFiles("ecs-efs.json");
    expect(imported.scenario.services[0].persistentVolumes).toEqual([{ name: "content", kind: "efs", sizeGib: 1, count: 1 }]);
    const { pattern } = await estimateImported(imported.scenario);
    const fargate = pattern("ecs-fargate");
    expect({ status: fargate.status, lowerBound: fargate.lowerBound }).toEqual({ status: "incomplete", lowerBound: true });
    // ≥ 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 18.02165: the compute, without EFS.
    expect(Number(fargate.monthlyUsd)).toBe(usd(730 * hourly(0.5, 1)));
    expect(pattern("eks-fargate").status).toBe("incomplete"); // EFS mounts on Fargate pods: not ruled out
  });

  it("ECS on EC2, memoryReservation only: 512 units = 500m + a container with no cpu (0, noted); 1,024 + 128 MiB → Fargate 0.5 vCPU / 2 GB", async () => {
    const { json: imported } = await importFiles("ecs-ec2-memory-reservation.json");
    expect(imported.warnings).toContainEqual(expect.objectContaining({ field: "containerDefinitions[1].cpu", kind: "assumed" }));
    const { pattern } = await estimateImported(imported.scenario);
    expect(Number(pattern("ecs-fargate").monthlyUsd)).toBe(usd(730 * hourly(0.5, 2)));
  });
});
