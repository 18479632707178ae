import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { bytesToGib, gibToBytes, parseCpuMillicores, parseMemoryBytes, vcpuToMillicores } from "./data-size";

describe("Kubernetes CPU quantities → millicores", () => {
  it.each([
    { input: "500m", expected: 500, why: "m = millicores" },
    { input: "1", expected: 1000, why: "a bare number is cores" },
    { input: 0.25, expected: 250, why: "numeric cores from YAML" },
    { input: "1.5", expected: 1500, why: "fractional cores" },
    { input: "0.1k", expected: 100_000, why: "decimal SI suffix k = 10^3 cores (0.1k = 100 cores, within the 192-vCPU cap)" },
  ])("$input → $expected ($why)", ({ input, expected }) => {
    expect(parseCpuMillicores(input)).toBe(expected);
  });

  it("rejects sub-millicore precision, as the Kubernetes API does", () => {
    expect(() => parseCpuMillicores("0.0005", "containers[0].cpu")).toThrow(/INVALID_QUANTITY.*containers\[0\]\.cpu/);
  });
  it.each(["abc", "-1", "1 Gi", ""])("rejects %j", (input) => {
    expect(() => parseCpuMillicores(input)).toThrow(/INVALID_QUANTITY/);
  });
});

describe("Kubernetes memory quantities → bytes", () => {
  it.each([
    { input: "1792Mi", expected: 1792 * 1024 ** 2, why: "Mi = 2^20 bytes" },
    { input: "1Gi", expected: 1024 ** 3, why: "Gi = 2^30 bytes" },
    { input: "1G", expected: 10 ** 9, why: "G = 10^9 bytes (decimal), smaller than 1Gi" },
    { input: "128974848", expected: 128974848, why: "a bare number is bytes" },
    { input: "129M", expected: 129_000_000, why: "M = 10^6 bytes" },
    { input: "0.5Gi", expected: 512 * 1024 ** 2, why: "fractions of binary units are exact" },
  ])("$input → $expected ($why)", ({ input, expected }) => {
    expect(parseMemoryBytes(input)).toBe(expected);
  });

  it("500m CPU + 1792Mi + EKS's 256 MiB overhead is exactly 2048 MiB = 2 GiB (domain.md units example)", () => {
    expect(bytesToGib(parseMemoryBytes("1792Mi") + 256 * 1024 ** 2).toFixed()).toBe("2");
  });
});

describe("task-level sizes", () => {
  it.each([
    { vcpu: "0.25", millicores: 250 },
    { vcpu: "16", millicores: 16000 },
  ])("$vcpu vCPU → $millicores millicores", ({ vcpu, millicores }) => {
    expect(vcpuToMillicores(new Decimal(vcpu))).toBe(millicores);
  });
  it("0.5 GiB is 536,870,912 bytes", () => {
    expect(gibToBytes(new Decimal("0.5"))).toBe(536_870_912);
  });
});

describe("quantities are range-checked (limits.ts)", () => {
  it("193 vCPU is above the ECS task maximum of 192 vCPU (196,608 CPU units)", () => {
    expect(() => parseCpuMillicores("193", "containers[0].cpu")).toThrow(
      /INVALID_QUANTITY: CPU "193" is out of range \(field: containers\[0\]\.cpu\); allowed: 0 to 192000/,
    );
  });
  it("192 vCPU is exactly the cap and accepted", () => {
    expect(parseCpuMillicores("192")).toBe(192_000);
  });
  it("1Pi of memory is above 32 TiB, the largest EC2 instance's memory", () => {
    expect(() => parseMemoryBytes("1Pi", "containers[0].memory")).toThrow(/INVALID_QUANTITY: memory "1Pi" is out of range/);
  });
  it("32Ti is exactly the cap and accepted (32 × 2^40 bytes)", () => {
    expect(parseMemoryBytes("32Ti")).toBe(32 * 1024 ** 4);
  });
  it.each(["1e999", "-1Gi", "1Zi", "Infinity", "NaN"])("%j is not a Kubernetes quantity", (input) => {
    expect(() => parseMemoryBytes(input)).toThrow(/INVALID_QUANTITY/);
  });
});
