import { parseScenario } from "@repo/core";
import { describe, expect, it } from "vitest";
import { PRESETS, SMALL_WEB_APP } from "./presets";
import type { ServiceRow } from "./service-row";
import { FORM_DEFAULTS } from "./schema-defaults";
import { toScenario } from "./to-scenario";
import { renderFieldIssues } from "./error-messages";

const withWeb = (patch: Partial<ServiceRow>) => {
  const [web, ...rest] = SMALL_WEB_APP.state.services;
  if (!web) throw new Error("preset has no service");
  return { ...SMALL_WEB_APP.state, services: [{ ...web, ...patch }, ...rest] };
};

describe("form state → scenario", () => {
  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))("preset $label is a valid scenario for the core", ({ preset }) => {
    const { input, errors } = toScenario(preset.state);
    expect(errors).toEqual({});
    expect(() => parseScenario(input)).not.toThrow();
  });

  it("a daily batch row becomes runsPerDay + durationSeconds (the core's batch schedule)", () => {
    const { input } = toScenario(withWeb({ scheduleKind: "daily", scheduleA: "2", scheduleB: "600" }));
    expect(input?.services[0]?.schedule).toEqual({ runsPerDay: 2, durationSeconds: 600 });
  });

  it.each([
    { label: "text where a number belongs", patch: { vcpu: "abc" }, field: "services[0].vcpu", message: /must be a number/ },
    { label: "an empty count is required", patch: { count: " " }, field: "services[0].count", message: /required/ },
    {
      label: "a negative count breaks the core's min(0)",
      patch: { count: "-3" },
      field: "services[0].count",
      message: /^must be a whole number from 0 to 5,000 \(got -3\)$/,
    },
    {
      label: "a fractional task count is not a whole task",
      patch: { count: "1.5" },
      field: "services[0].count",
      message: /^must be a whole number from 0 to 5,000 \(got 1\.5\)$/,
    },
    {
      label: "an unknown architecture lists the allowed values",
      patch: { arch: "sparc" },
      field: "services[0].arch",
      message: /x86_64.*arm64/,
    },
    { label: "hours above 730 cannot fit in a month", patch: { scheduleA: "800" }, field: "services[0].scheduleA", message: /730/ },
    {
      label: "a batch without seconds per run",
      patch: { scheduleKind: "daily" as const, scheduleA: "1", scheduleB: "" },
      field: "services[0].scheduleB",
      message: /required/,
    },
  ])("$label → error on $field; that row is left out, the other service is still priced", ({ patch, field, message }) => {
    const { input, errors, excludedRows } = toScenario(withWeb(patch));
    expect(input?.services.map((service) => service.name)).toEqual(["api"]);
    expect(excludedRows).toEqual([0]);
    expect(renderFieldIssues(errors, "en")[field]).toMatch(message);
  });

  it("when every row is invalid there is nothing to price: no scenario", () => {
    const state = { ...SMALL_WEB_APP.state, services: SMALL_WEB_APP.state.services.map((row) => ({ ...row, count: "lots" })) };
    expect(toScenario(state).input).toBeNull();
  });

  it("a shared field's error still blocks the whole estimate, even with a bad row too (every bill depends on it)", () => {
    const { input, excludedRows } = toScenario({ ...withWeb({ vcpu: "abc" }), natCount: "lots" });
    expect(input).toBeNull();
    expect(excludedRows).toEqual([]);
  });

  it.each([
    { label: "NAT count that is not a number", patch: { natCount: "lots" }, field: "natCount" },
    { label: "a zero exchange rate would divide nothing sensible", patch: { jpyPerUsd: "0" }, field: "jpyPerUsd" },
    {
      label: "negative ops hours break the core's min(0) (ops.hours)",
      patch: { opsActivityHours: "ecs-fargate.add-on-lifecycle:-1" },
      field: "opsHours.ecs-fargate.add-on-lifecycle",
    },
    {
      label: "an override for a pattern the core does not have is named, not dropped",
      patch: { opsActivityHours: "ecs-lambda.incidents:2" },
      field: "general",
    },
    { label: "an engineer rate of 0 breaks the core's positive()", patch: { opsRateUsdPerHour: "0" }, field: "opsRateUsdPerHour" },
    { label: "environments must be a whole number ≥ 1", patch: { opsEnvironments: "0" }, field: "opsEnvironments" },
    { label: "an unknown ops band lists low/typical/high", patch: { opsLevel: "extreme" }, field: "opsLevel" },
    {
      label: "Fargate Spot is ECS-only: on EKS it is the core's refinement error",
      patch: { fargateEksOption: "spot" },
      field: "fargateEksOption",
    },
    { label: "a 2-year term is not sold (1 or 3)", patch: { ec2TermYears: "2" }, field: "ec2TermYears" },
    { label: "headroom above 90 % leaves nothing to pack", patch: { headroomPercent: "95" }, field: "headroomPercent" },
    { label: "more than 6 AZs", patch: { availabilityZones: "7" }, field: "availabilityZones" },
  ])("$label → error on $field", ({ patch, field }) => {
    expect(toScenario({ ...SMALL_WEB_APP.state, ...patch }).errors[field]).toBeDefined();
  });

  it("ops, purchase and EC2 inputs reach the scenario the core reads (empty = the core's default)", () => {
    const { input, errors } = toScenario({
      ...SMALL_WEB_APP.state,
      opsLevel: "high",
      opsRateUsdPerHour: "120",
      opsEnvironments: "3",
      opsUpgradePolicy: "stay-on-extended-support",
      opsEngineersPerYear: "2",
      opsActivityHours: "ecs-ec2.orchestrator-upgrades:5",
      purchaseOption: "reserved",
      ec2TermYears: "3",
      ec2Payment: "all-upfront",
      fargateEcsOption: "spot",
      headroomPercent: "10",
      availabilityZones: "2",
      minNodes: "2",
      workloadDaemonSets: "yes",
      workloadSpot: "preferred",
    });
    expect(errors).toEqual({});
    expect(input?.ops).toMatchObject({
      level: "high",
      rateLevel: "high",
      engineerHourlyUsd: 120,
      environments: 3,
      upgradePolicy: "stay-on-extended-support",
      engineersJoiningPerYear: 2,
      hours: { "ecs-ec2": { "orchestrator-upgrades": 5 } },
      workload: { daemonSets: true, privileged: false, spot: "preferred" },
    });
    expect(input?.purchase).toMatchObject({
      ec2: { option: "reserved", termYears: 3, payment: "all-upfront" },
      fargate: { ecs: { option: "spot" } },
    });
    expect(input?.ec2).toMatchObject({ headroomPercent: 10, availabilityZones: 2, minNodes: 2 });
    expect(toScenario(SMALL_WEB_APP.state).input?.ops).not.toHaveProperty("engineerHourlyUsd");
  });

  it("the form starts at the core schema's defaults: emptying every defaulted field prices the same scenario", () => {
    const emptied = Object.fromEntries(Object.keys(FORM_DEFAULTS).map((key) => [key, ""]));
    const { input, errors } = toScenario({ ...SMALL_WEB_APP.state, ...emptied });
    expect(errors).toEqual({});
    // empty = left out of the scenario, so zod fills the schema default (e.g. ec2.rootVolumeGib 30, ec2.minNodes 1)
    expect(input?.ec2).toEqual({});
    expect(parseScenario(input)).toEqual(parseScenario(toScenario(SMALL_WEB_APP.state).input));
  });

  it("every bad field is reported at once, not only the first", () => {
    const { errors } = toScenario({ ...withWeb({ vcpu: "x", count: "y" }), natCount: "z" });
    expect(Object.keys(errors).sort()).toEqual(["natCount", "services[0].count", "services[0].vcpu"]);
  });
});

describe("the whole bill's inputs (issue 15): form text → the core's scenario fields, nothing computed here", () => {
  it("per-service usage and the shared network, observability, storage and support fields land where the schema has them", () => {
    const state = {
      ...withWeb({ egressGb: "500", trafficGb: "1000", logGb: "50" }),
      endpointCount: "3",
      endpointMonthlyGb: "200",
      nlbCount: "1",
      nlbNlcuPerHour: "",
      containerInsights: "enhanced",
      ecrStorageGb: "20",
      ebsSnapshotGb: "100",
      supportPlan: "business",
    };
    const { input, errors } = toScenario(state);
    expect(errors).toEqual({});
    const scenario = parseScenario(input);
    expect(scenario.services[0]).toMatchObject({ monthlyInternetEgressGb: 500, monthlyServiceTrafficGb: 1000, logIngestionGbPerMonth: 50 });
    expect(scenario.network.interfaceEndpoints).toMatchObject({ count: 3, monthlyDataProcessedGb: 200 });
    expect(scenario.network.networkLoadBalancers?.count).toBe(1);
    expect(scenario.network.networkLoadBalancers?.averageNlcuPerHour).toBeUndefined();
    expect(scenario.observability.containerInsights).toBe("enhanced");
    expect(scenario.storage).toEqual({ ecrStorageGb: 20, ebsSnapshotGb: 100 });
    expect(scenario.support.plan).toBe("business");
  });

  it("empty fields keep the schema's defaults (no endpoints, no NLB, 0 GB, Support off)", () => {
    const scenario = parseScenario(toScenario(SMALL_WEB_APP.state).input);
    expect(scenario.network.interfaceEndpoints).toBeUndefined();
    expect(scenario.network.networkLoadBalancers).toBeUndefined();
    expect(scenario.storage).toEqual({ ecrStorageGb: 0, ebsSnapshotGb: 0 });
    expect(scenario.support.plan).toBe("none");
    expect(scenario.services[0]?.monthlyInternetEgressGb).toBe(0);
  });

  it("a bad value is named beside its field: text in a service's egress, a negative ECR size (the core's bound)", () => {
    expect(Object.keys(toScenario(withWeb({ egressGb: "lots" })).errors)).toEqual(["services[0].egressGb"]);
    expect(Object.keys(toScenario({ ...SMALL_WEB_APP.state, ecrStorageGb: "-1" }).errors)).toEqual(["ecrStorageGb"]);
  });
});
