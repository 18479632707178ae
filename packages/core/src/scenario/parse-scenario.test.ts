import { describe, expect, it } from "vitest";
import { CoreError } from "../errors";
import { parseScenario } from "./parse-scenario";

const valid = { region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] };
const withService = (patch: Record<string, unknown>) => ({ ...valid, services: [{ ...valid.services[0], ...patch }] });

function errorOf(input: unknown): CoreError {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}

describe("parseScenario defaults", () => {
  it("fills the documented defaults (730 h always on, x86_64, linux, 20 GiB, one standard EKS cluster, gp3 30 GiB)", () => {
    const scenario = parseScenario(valid);
    const [service] = scenario.services;
    expect(service).toMatchObject({ architecture: "x86_64", os: "linux", ephemeralStorageGib: 20, publicIpv4PerTask: 0, schedule: {} });
    expect(scenario.eks).toEqual({
      clusterCount: 1,
      supportTier: "standard",
      hoursPerMonth: 730,
      controlPlaneTier: "standard",
      provisionedTierReplacesStandardFee: false,
    });
    expect(scenario.ec2).toMatchObject({ rootVolumeGib: 30, rootVolumeType: "gp3", publicIpv4PerNode: 0 });
    expect(scenario.name).toBe("Unnamed scenario");
  });
});

describe("bad input is one coded error naming the field", () => {
  it.each([
    { label: "negative count", input: withService({ taskCount: -1 }), field: "services[0].taskCount" },
    { label: "non-numeric count", input: withService({ taskCount: "four" }), field: "services[0].taskCount" },
    { label: "fractional count", input: withService({ taskCount: 1.5 }), field: "services[0].taskCount" },
    { label: "unknown field in a service", input: withService({ replicas: 3 }), field: "services[0].replicas" },
    { label: "unknown top-level field", input: { ...valid, regoin: "x" }, field: "regoin" },
    { label: "malformed region code", input: { ...valid, region: "US East" }, field: "region" },
    { label: "no services", input: { ...valid, services: [] }, field: "services" },
    { label: "task size and containers together", input: withService({ containers: [{ name: "a" }] }), field: "services[0].containers" },
    {
      label: "vcpu without memoryGib",
      input: { ...valid, services: [{ name: "a", taskCount: 1, vcpu: 1 }] },
      field: "services[0].memoryGib",
    },
    {
      label: "neither a task size nor containers",
      input: { ...valid, services: [{ name: "a", taskCount: 1 }] },
      field: "services[0].vcpu",
    },
    {
      label: "batch runs without a duration",
      input: withService({ schedule: { runsPerDay: 3 } }),
      field: "services[0].schedule.durationSeconds",
    },
    {
      label: "more than 730 hours a month",
      input: withService({ schedule: { hoursPerMonth: 800 } }),
      field: "services[0].schedule.hoursPerMonth",
    },
    {
      label: "ephemeral storage above Fargate's 200 GiB",
      input: withService({ ephemeralStorageGib: 500 }),
      field: "services[0].ephemeralStorageGib",
    },
  ])("$label → INVALID_SCENARIO at $field", ({ input, field }) => {
    const error = errorOf(input);
    expect(error.code).toBe("INVALID_SCENARIO");
    expect(error.field).toBe(field);
    expect(error.message).not.toMatch(/NaN|undefined/);
  });

  it("lists the allowed values of an enum (architecture)", () => {
    const error = errorOf(withService({ architecture: "arm" }));
    expect(error.field).toBe("services[0].architecture");
    expect(error.allowed).toEqual(["x86_64", "arm64"]);
  });

  it("lists the allowed EKS support tiers", () => {
    expect(errorOf({ ...valid, eks: { supportTier: "premium" } }).allowed).toEqual(["standard", "extended"]);
  });
});

describe("every number is bounded (limits.ts): one line naming the field, the value and the range", () => {
  it.each([
    {
      label: "1e7 tasks: above the ECS tasks-per-service quota of 5,000",
      input: withService({ taskCount: 1e7 }),
      field: "services[0].taskCount",
      text: "10000000 is out of range, allowed: 0 to 5000 (whole number)",
    },
    {
      label: "2^53 tasks (beyond a safe integer: zod calls it not a whole number)",
      input: withService({ taskCount: 2 ** 53 }),
      field: "services[0].taskCount",
      text: "9007199254740992 is not a whole number, allowed: 0 to 5000",
    },
    {
      label: "vcpu 1000: above the ECS task maximum of 192 vCPU",
      input: withService({ vcpu: 1000 }),
      field: "services[0].vcpu",
      text: "1000 is out of range, allowed: above 0 to 192",
    },
    {
      label: "memoryGib 1e308: above 32 TiB",
      input: withService({ memoryGib: 1e308 }),
      field: "services[0].memoryGib",
      text: "1e+308 is out of range, allowed: above 0 to 32768",
    },
    {
      label: "Infinity memory (YAML .inf)",
      input: withService({ memoryGib: Number.POSITIVE_INFINITY }),
      field: "services[0].memoryGib",
      text: "is not a finite number",
    },
    {
      label: "runsPerDay above one a second (86,400)",
      input: withService({ schedule: { runsPerDay: 1e9, durationSeconds: 60 } }),
      field: "services[0].schedule.runsPerDay",
      text: "1000000000 is out of range, allowed: above 0 to 86400",
    },
    {
      label: "durationSeconds longer than the 730-hour month",
      input: withService({ schedule: { runsPerDay: 1, durationSeconds: 1e12 } }),
      field: "services[0].schedule.durationSeconds",
      text: "allowed: above 0 to 2628000",
    },
    {
      label: "NAT data 1e300 GB",
      input: { ...valid, extras: { natGateways: { count: 1, monthlyDataProcessedGb: 1e300 } } },
      field: "extras.natGateways.monthlyDataProcessedGb",
      text: "allowed: 0 to 1000000000",
    },
    {
      label: "EKS clusters above the 100-per-Region quota",
      input: { ...valid, eks: { clusterCount: 101 } },
      field: "eks.clusterCount",
      text: "101 is out of range, allowed: 1 to 100",
    },
    {
      label: "nodeCount above 5,000 container instances per cluster",
      input: { ...valid, ec2: { nodeCount: 5001 } },
      field: "ec2.nodeCount",
      text: "5001 is out of range",
    },
    {
      label: "a string where a count belongs",
      input: withService({ taskCount: "many" }),
      field: "services[0].taskCount",
      text: '"many" is not a finite number',
    },
  ])("$label", ({ input, field, text }) => {
    const error = errorOf(input);
    expect(error.code).toBe("INVALID_SCENARIO");
    expect(error.field).toBe(field);
    expect(error.message).toContain(text);
    expect(error.message).not.toContain("\n");
  });

  it("5,000 tasks (the quota itself) is accepted", () => {
    expect(parseScenario(withService({ taskCount: 5000 })).services[0]?.taskCount).toBe(5000);
  });

  it("more than 5,000 services is refused at services (the ECS services-per-cluster quota)", () => {
    const services = Array.from({ length: 5001 }, (_, i) => ({ name: `s${i}`, taskCount: 1, vcpu: 0.25, memoryGib: 0.5 }));
    expect(errorOf({ ...valid, services }).field).toBe("services");
  });

  it("more than 150,000 tasks in all is refused at services (31 × 5,000 = 155,000)", () => {
    const services = Array.from({ length: 31 }, (_, i) => ({ name: `s${i}`, taskCount: 5000, vcpu: 0.25, memoryGib: 0.5 }));
    const error = errorOf({ ...valid, services });
    expect(error.field).toBe("services");
    expect(error.message).toContain("150000");
  });

  it("control characters in an offending value are escaped, never printed raw", () => {
    const error = errorOf(withService({ taskCount: "\u001b[31mred" }));
    expect(error.message).toContain("\\u001b[31mred");
    expect(error.message).not.toContain("\u001b");
  });
});
