import { describe, expect, it } from "vitest";
import { lineUsd, pattern, totalUsd, usEast1 } from "./test-helpers";

/**
 * Issue 22: a `*\/2 * * * *` CronJob (720 runs a day), 3,600 s a run assumed, 0.25 vCPU / 0.5 GiB.
 * us-east-1 rates of the embedded snapshot: Fargate Linux/x86 $0.04048 per vCPU-hour and $0.004445 per
 * GB-hour; m5.large $0.096 an hour; gp3 $0.08 per GB-month (30 GiB root volume per node).
 */
const cron = (concurrencyPolicy: "Allow" | "Forbid" | "Replace", extra: Record<string, number> = {}) =>
  usEast1(
    [
      {
        name: "sync",
        taskCount: 1,
        vcpu: 0.25,
        memoryGib: 0.5,
        schedule: { runsPerDay: 720, durationSeconds: 3600, concurrencyPolicy, durationAssumed: true, ...extra },
      },
    ],
    { ec2: { instanceType: "m5.large" } },
  );

describe("batch schedules priced as Kubernetes runs them (issue 22)", () => {
  it("Forbid: one pod at a time, back to back all month = 730 task-hours, not 21,900 (30 pods)", () => {
    const c = cron("Forbid");
    // Fargate: 730 h × 0.25 vCPU = 182.5 vCPU-h × 0.04048 = 7.3876; 730 × 0.5 GB = 365 GB-h × 0.004445 = 1.622425.
    expect(lineUsd(c, "ecs-fargate", "svc:sync:ecs-fargate-vcpu")).toBe("7.3876");
    expect(totalUsd(c, "ecs-fargate")).toBe("9.010025");
    // EC2: the batch group holds 1 task → 1 node, billed 730 h (the node table and the hours agree): 730 × 0.096 = 70.08 + 30 × 0.08.
    const plan = pattern(c, "ecs-ec2").nodePlans[0];
    expect({ nodes: plan?.nodeCount, hours: plan?.hoursPerNode.toFixed() }).toEqual({ nodes: 1, hours: "730" });
    expect(totalUsd(c, "ecs-ec2")).toBe("72.48");
  });

  it("Replace: each run stopped at the next start (120 s): 21,900 × 120 s = 730 h, the same bill as Forbid here", () => {
    expect(totalUsd(cron("Replace"), "ecs-fargate")).toBe("9.010025");
    expect(totalUsd(cron("Replace"), "ecs-ec2")).toBe("72.48");
  });

  it("Allow: 30 runs alive at once; Fargate bills 21,900 task-hours, the EC2 group is sized for the 30-task PEAK", () => {
    const c = cron("Allow");
    // 21,900 h × 0.25 = 5,475 vCPU-h × 0.04048 = 221.628; 10,950 GB-h × 0.004445 = 48.67275.
    expect(totalUsd(c, "ecs-fargate")).toBe("270.30075");
    // m5.large: 2,048 CPU units − 300m of default agents = 1,748 → 6 tasks of 256 a node; 30 ÷ 6 = 5 nodes,
    // each billed 21,900 task-h ÷ 30 runs = 730 h: 5 × 730 × 0.096 = 350.4 + 5 × 30 GB × 0.08 = 12.
    const plan = pattern(c, "ecs-ec2").nodePlans[0];
    expect({ nodes: plan?.nodeCount, hours: plan?.hoursPerNode.toFixed(), tasks: plan?.taskCount }).toEqual({
      nodes: 5,
      hours: "730",
      tasks: 30,
    });
    expect(totalUsd(c, "ecs-ec2")).toBe("362.4");
    expect(c.workloadWarnings.map((w) => w.code)).toEqual(["WORKLOAD_SCHEDULE_DURATION_ASSUMED", "WORKLOAD_SCHEDULE_OVERLAP_ALLOW"]);
    expect(c.workloadWarnings[1]?.params).toMatchObject({ concurrentRuns: 30, peakTasks: 30, intervalSeconds: "120" });
  });

  it("activeDeadlineSeconds 60 stops each run at 60 s: 21,900 × 60 s = 365 h, no overlap warning", () => {
    const c = cron("Allow", { activeDeadlineSeconds: 60 });
    // 365 h × 0.25 × 0.04048 = 3.6938; 365 × 0.5 × 0.004445 = 0.8112125.
    expect(totalUsd(c, "ecs-fargate")).toBe("4.5050125");
    expect(c.workloadWarnings.map((w) => w.code)).toEqual(["WORKLOAD_SCHEDULE_DURATION_ASSUMED", "WORKLOAD_SCHEDULE_ACTIVE_DEADLINE"]);
  });

  it("a run shorter than the interval is priced as before (runs × duration) with no overlap warning", () => {
    const c = usEast1([{ name: "nightly", taskCount: 2, vcpu: 1, memoryGib: 2, schedule: { runsPerDay: 1, durationSeconds: 1800 } }]);
    // 30.41666… runs × 0.5 h = 15.2083… h per task × 2 tasks; no warnings (duration given, not assumed).
    expect(c.workloadWarnings).toEqual([]);
    expect(pattern(c, "ecs-fargate").lines[0]?.quantity.toDecimalPlaces(4).toFixed()).toBe("30.4167");
  });

  it("overlapping runs beyond a cluster's 150,000 pods are refused naming the field (bounded work)", () => {
    expect(() =>
      usEast1([{ name: "x", taskCount: 5000, vcpu: 0.25, memoryGib: 0.5, schedule: { runsPerDay: 1440, durationSeconds: 3600 } }]),
    ).toThrow(/60 runs × 5000 tasks .* \(field: services\[0\]\.schedule\.concurrencyPolicy\)/);
  });
});
