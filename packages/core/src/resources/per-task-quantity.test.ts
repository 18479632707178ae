import { describe, expect, it } from "vitest";
import { LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import { addEcsFargateService } from "../patterns/ecs-fargate";
import { fargateRateChoice } from "../purchase/fargate-rate-choice";
import { resolveService } from "../scenario/resolve-service";
import { parseScenario } from "../scenario/parse-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";
import { quantityAtCount, type PerTaskQuantities } from "./per-task-quantity";

describe("per-task quantities (the Fargate lines' quantity as a function of the task count)", () => {
  it("task-hours: (hours per task × tasks) × units, AWS Fargate's tasks × hours × vCPU", () => {
    // fargate-task.ts's us-east-1 example: 2 tasks × 730 h × 0.5 vCPU = 730 vCPU-hours; × 1 GB = 1,460 GB-hours.
    expect(quantityAtCount({ kind: "task-hours", hoursPerTask: new Decimal(730), unitsPerTask: new Decimal("0.5") }, 2).toFixed()).toBe(
      "730",
    );
    expect(quantityAtCount({ kind: "task-hours", hoursPerTask: new Decimal(730), unitsPerTask: new Decimal(1) }, 2).toFixed()).toBe("1460");
  });

  it("addresses: (tasks × addresses per task) × hours, VPC's per-IP-hour charge", () => {
    // 3 tasks × 1 public IPv4 address × 730 h = 2,190 IP-hours ($10.95 at $0.005).
    expect(quantityAtCount({ kind: "addresses", addressesPerTask: 1, hoursPerMonth: new Decimal(730) }, 3).toFixed()).toBe("2190");
  });

  it("the ECS on Fargate estimator records a term for each per-service line, and the term gives that line's quantity", () => {
    // A batch service (4 runs a day × 600 s: 121.6… runs a month, so the hours per task repeat and are rounded at the
    // 40th digit) with a public address and extra storage: every line kind, including the rounded case.
    const scenario = parseScenario({
      region: "us-east-1",
      services: [
        {
          name: "job",
          taskCount: 3,
          vcpu: 1,
          memoryGib: 2,
          publicIpv4PerTask: 1,
          ephemeralStorageGib: 30,
          schedule: { runsPerDay: 4, durationSeconds: 600 },
        },
      ],
    });
    const service = resolveService(scenario.services[0] as (typeof scenario.services)[number], 0);
    const builder = new LineBuilder(embeddedPriceBook(), scenario.region, true);
    const terms: PerTaskQuantities = new Map();
    const purchase = scenario.purchase.fargate.ecs;
    const choice = fargateRateChoice(purchase, "ecs");
    addEcsFargateService({ builder, purchase, choice, onDemand: choice, reasons: [], notes: [], covered: [], terms }, service);
    expect(builder.lines.map((l) => l.id)).toEqual([
      "svc:job:ecs-fargate-vcpu",
      "svc:job:ecs-fargate-memory",
      "svc:job:ecs-fargate-ephemeral",
      "svc:job:ecs-fargate-public-ipv4",
    ]);
    for (const line of builder.lines) {
      const term = terms.get(line.id);
      expect(term, line.id).toBeDefined();
      if (term) expect(quantityAtCount(term, 3).toFixed(), line.id).toBe(line.quantity.toFixed());
    }
  });
});
