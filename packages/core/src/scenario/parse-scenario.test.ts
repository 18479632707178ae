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
    expect(scenario.eks).toEqual({ clusterCount: 1, supportTier: "standard", hoursPerMonth: 730 });
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
    { label: "vcpu without memoryGib", input: { ...valid, services: [{ name: "a", taskCount: 1, vcpu: 1 }] }, field: "services[0].memoryGib" },
    { label: "neither a task size nor containers", input: { ...valid, services: [{ name: "a", taskCount: 1 }] }, field: "services[0].vcpu" },
    { label: "batch runs without a duration", input: withService({ schedule: { runsPerDay: 3 } }), field: "services[0].schedule.durationSeconds" },
    { label: "more than 730 hours a month", input: withService({ schedule: { hoursPerMonth: 800 } }), field: "services[0].schedule.hoursPerMonth" },
    { label: "ephemeral storage above Fargate's 200 GiB", input: withService({ ephemeralStorageGib: 500 }), field: "services[0].ephemeralStorageGib" },
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
