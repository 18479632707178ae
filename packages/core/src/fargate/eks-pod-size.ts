import { BYTES_PER_MIB } from "../units/data-size";
import { smallestFittingSize } from "./smallest-fitting-size";
import type { FargateSize } from "./task-sizes";

/**
 * EKS on Fargate pod sizing (EKS user guide "Fargate pod configuration", S12):
 *  1. per dimension, take max(largest init container request, sum of app container requests);
 *  2. add 256 MB (MiB) of memory for the Kubernetes components (kubelet, kube-proxy, containerd);
 *  3. round up to the smallest valid Fargate size that fits both.
 * A pod with no requests gets the smallest size (0.25 vCPU / 0.5 GB).
 * Worked example from the docs: 1 vCPU + 8 GB requested → 8.25 GB needed → billed 2 vCPU / 9 GB.
 */
export const EKS_FARGATE_MEMORY_OVERHEAD_BYTES = 256 * BYTES_PER_MIB;

export type ContainerRequest = { cpuMillicores: number; memoryBytes: number; isInit: boolean };
export type PodRequest = { cpuMillicores: number; memoryBytes: number };

/** Step 1: the pod's effective request. @example podRequest([{cpuMillicores:500,memoryBytes:1,isInit:false}]) //=> {cpuMillicores:500,memoryBytes:1} */
export function podRequest(containers: readonly ContainerRequest[]): PodRequest {
  let appCpu = 0;
  let appMemory = 0;
  let initCpu = 0;
  let initMemory = 0;
  for (const container of containers) {
    if (container.isInit) {
      initCpu = Math.max(initCpu, container.cpuMillicores);
      initMemory = Math.max(initMemory, container.memoryBytes);
    } else {
      appCpu += container.cpuMillicores;
      appMemory += container.memoryBytes;
    }
  }
  return { cpuMillicores: Math.max(appCpu, initCpu), memoryBytes: Math.max(appMemory, initMemory) };
}

export type EksFargateSizing =
  | { fits: true; request: PodRequest; neededMemoryBytes: number; size: FargateSize }
  | { fits: false; request: PodRequest; neededMemoryBytes: number };

/** Steps 2–3: the billed Fargate size of a pod, or `fits: false` above 16 vCPU / 120 GB. */
export function eksFargatePodSize(request: PodRequest): EksFargateSizing {
  const neededMemoryBytes = request.memoryBytes + EKS_FARGATE_MEMORY_OVERHEAD_BYTES;
  const size = smallestFittingSize(request.cpuMillicores, neededMemoryBytes, "eks");
  return size ? { fits: true, request, neededMemoryBytes, size } : { fits: false, request, neededMemoryBytes };
}
