import { describe, expect, it } from "vitest";
import { BYTES_PER_GIB, BYTES_PER_MIB } from "../units/data-size";
import { eksFargatePodSize, podRequest, type ContainerRequest } from "./eks-pod-size";

const app = (cpuMillicores: number, memoryMib: number): ContainerRequest => ({
  cpuMillicores,
  memoryBytes: memoryMib * BYTES_PER_MIB,
  isInit: false,
});
const init = (cpuMillicores: number, memoryMib: number): ContainerRequest => ({ ...app(cpuMillicores, memoryMib), isInit: true });
const billed = (containers: ContainerRequest[]) => {
  const sizing = eksFargatePodSize(podRequest(containers));
  return sizing.fits ? `${sizing.size.cpuUnits / 1024} vCPU / ${sizing.size.memoryMib / 1024} GB` : "does not fit";
};

// EKS user guide "Fargate pod configuration" (S12): max(largest init, sum of app) per dimension,
// + 256 MB memory, then the smallest valid size that fits both.
describe("EKS on Fargate pod sizing", () => {
  it.each([
    { label: "docs example: 1 vCPU + 8 GB → 8.25 GB needed → 2 vCPU / 9 GB", containers: [app(1000, 8192)], expected: "2 vCPU / 9 GB" },
    { label: "no requests → the smallest size 0.25 vCPU / 0.5 GB", containers: [app(0, 0)], expected: "0.25 vCPU / 0.5 GB" },
    {
      label: "500m / 1792Mi + 256 MiB = exactly 2 GiB → 0.5 vCPU / 2 GB (GiB, not 10^9 bytes)",
      containers: [app(500, 1792)],
      expected: "0.5 vCPU / 2 GB",
    },
    { label: "one MiB more (1793Mi) no longer fits 2 GB → 0.5 vCPU / 3 GB", containers: [app(500, 1793)], expected: "0.5 vCPU / 3 GB" },
    {
      label: "app containers add up: 2 × (250m, 512Mi) → 0.5 vCPU, 1280 MiB → 0.5 vCPU / 2 GB",
      containers: [app(250, 512), app(250, 512)],
      expected: "0.5 vCPU / 2 GB",
    },
    {
      label: "a larger init container wins by max: init 2 vCPU / 1 GiB vs app 0.5 / 1 GiB → 2 vCPU / 4 GB",
      containers: [app(500, 1024), init(2000, 1024)],
      expected: "2 vCPU / 4 GB",
    },
    {
      label: "init containers are not summed: two 1-vCPU inits with a 0.25 app → 1 vCPU / 2 GB",
      containers: [init(1000, 512), init(1000, 512), app(250, 256)],
      expected: "1 vCPU / 2 GB",
    },
    {
      label: "16 vCPU / 119.75 GB + 256 MB = 120 GB, the largest EKS size",
      containers: [app(16000, 119.75 * 1024)],
      expected: "16 vCPU / 120 GB",
    },
    {
      label: "16 vCPU / 120 GB + 256 MB exceeds every EKS size (32 vCPU is ECS only)",
      containers: [app(16000, 120 * 1024)],
      expected: "does not fit",
    },
  ])("$label", ({ containers, expected }) => {
    expect(billed(containers)).toBe(expected);
  });

  it("reports the memory it needed including the 256 MB overhead", () => {
    const sizing = eksFargatePodSize({ cpuMillicores: 1000, memoryBytes: 8 * BYTES_PER_GIB });
    expect(sizing.neededMemoryBytes).toBe(8 * BYTES_PER_GIB + 256 * BYTES_PER_MIB);
  });
});
