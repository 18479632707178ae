import { describe, expect, it } from "vitest";
import { eksKubeReservedCpuMillicores, eksKubeReservedMemoryMib } from "./eks-reservation";

// Expected values derived by hand from nodeadm's getCPUMillicoresToReserve (amazon-eks-ami
// nodeadm/internal/kubelet/config.go): ranges [0,1000) 6 %, [1000,2000) 1 %, [2000,4000) 0.5 %,
// [4000,∞) 0.25 %, each (cores in range × basis points) / 10000 truncated.
describe("eksKubeReservedCpuMillicores", () => {
  it.each([
    { label: "1 vCPU: 6 % of 1000m", millicores: 1000, expected: 60 },
    { label: "2 vCPU (m5.large): 60 + 1 % of 1000m", millicores: 2000, expected: 70 },
    { label: "4 vCPU: 60 + 10 + 0.5 % of 2000m", millicores: 4000, expected: 80 },
    { label: "8 vCPU: 80 + 0.25 % of 4000m", millicores: 8000, expected: 90 },
    { label: "96 vCPU (m5.24xlarge): 80 + 0.25 % of 92000m = 80 + 230", millicores: 96000, expected: 310 },
    { label: "half a core: 6 % of 500m", millicores: 500, expected: 30 },
  ])("$label → $expected m", ({ millicores, expected }) => {
    expect(eksKubeReservedCpuMillicores(millicores)).toBe(expected);
  });
});

describe("eksKubeReservedMemoryMib", () => {
  it.each([
    { label: "m5.large, 29 pods (ENI): 11 × 29 + 255", maxPods: 29, expected: 574 },
    { label: "prefix delegation cap, 110 pods: 11 × 110 + 255", maxPods: 110, expected: 1465 },
    { label: "m5.24xlarge, 737 pods: 11 × 737 + 255", maxPods: 737, expected: 8362 },
  ])("$label → $expected MiB", ({ maxPods, expected }) => {
    expect(eksKubeReservedMemoryMib(maxPods)).toBe(expected);
  });
});
