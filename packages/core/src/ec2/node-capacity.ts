import { Decimal } from "../money/decimal";
import type { InstanceSpec } from "../price-book/instance-spec";
import { BYTES_PER_MIB, MILLICORES_PER_VCPU } from "../units/data-size";
import { EKS_EVICTION_HARD_MEMORY_MIB, eksKubeReservedCpuMillicores, eksKubeReservedMemoryMib } from "./eks-reservation";
import { eksMaxPods, type EksMaxPodsMode } from "./max-pods";
import { EKS_WINDOWS_RESERVED_MEMORY_MIB } from "./windows-reservation";
import { memoEntry } from "../util/memo-entry";

/** Per-node settings, resolved once per estimate into integers (basis points, millicores, bytes). */
export type CapacitySettings = {
  orchestrator: "ecs" | "eks";
  /** Hypervisor/kernel memory overhead in 1/10000ths of the advertised memory (750 = 7.5 %). */
  memoryOverheadBasisPoints: number;
  ecsReservedMemoryMib: number;
  eksMaxPodsMode: EksMaxPodsMode;
  /** Sum of the per-node agents (DaemonSets / ECS daemon services). */
  daemonCpuMillicores: number;
  daemonMemoryBytes: number;
  /** Pod slots the agents take (EKS: user DaemonSets + aws-node + kube-proxy; ECS: 0). */
  daemonPods: number;
  /** Share of allocatable kept free, in 1/10000ths (2000 = 20 %). */
  headroomBasisPoints: number;
  /** An EKS Windows node: the Windows kubelet reservations (windows-reservation.ts) replace the Linux formula. */
  windowsNode?: boolean;
};

/** What one node offers, in integer millicores and bytes. */
export type NodeCapacity = {
  instanceType: string;
  /** Advertised hardware. */
  capacityCpuMillicores: number;
  capacityMemoryBytes: number;
  /** Kept by the OS/hypervisor, the ECS agent or kubelet (kubeReserved + eviction threshold). */
  reservedCpuMillicores: number;
  reservedMemoryBytes: number;
  /** Taken by the per-node agents. */
  daemonCpuMillicores: number;
  daemonMemoryBytes: number;
  /** Left for tasks/pods: capacity − reserved − agents. */
  allocatableCpuMillicores: number;
  allocatableMemoryBytes: number;
  /** What packing may fill: allocatable minus headroom. */
  packCpuMillicores: number;
  packMemoryBytes: number;
  /** Tasks/pods per node (EKS: kubelet max pods − agent pods; ECS: unlimited). */
  maxTasks: number;
  /** EKS kubelet max pods (undefined for ECS). */
  maxPods: number | undefined;
};

const memoryMibCache = new WeakMap<InstanceSpec, number>();

/** Up to 5 integer and 10 fraction digits: at most 15 significant digits (memory-gib-to-mib below). */
const SHORT_DECIMAL = /^\d{1,5}(\.\d{1,10})?$/;

/**
 * ⌊GiB × 1024⌋ of a catalog figure (a decimal string). With at most 15 significant digits the string is
 * the nearest double exactly whenever that double × 1024 is whole (two distinct 15-digit decimals differ
 * by more than half a double's spacing), and × 1024 (a power of two) is exact: a whole number of MiB
 * needs no decimal arithmetic (issue 18: a cold estimate spent ≈ 20 ms here). Any other figure takes
 * the decimal path. @example memoryGibToMib("3.75") //=> 3840
 */
function memoryGibToMib(memoryGib: string): number {
  if (SHORT_DECIMAL.test(memoryGib)) {
    const mib = Number(memoryGib) * 1024;
    if (Number.isInteger(mib)) return mib;
  }
  return new Decimal(memoryGib).times(1024).floor().toNumber();
}

/** Advertised memory in MiB (exact: the catalog's GiB figures are whole MiB). @example specMemoryMib(m5Large) //=> 8192 */
export function specMemoryMib(spec: InstanceSpec): number {
  return memoEntry(memoryMibCache, spec, (s) => memoryGibToMib(s.memoryGib));
}

const ceilDivInt = (a: number, b: number): number => Math.floor((a + b - 1) / b);

/**
 * Allocatable capacity of one node.
 * ECS: memory = advertised − VM overhead − ECS_RESERVED_MEMORY; CPU = all of it (the agent reserves none).
 * EKS: memory = advertised − VM overhead − kubeReserved (11 × maxPods + 255 MiB) − evictionHard 100 MiB;
 *      CPU = vCPU − kubeReserved CPU (eks-reservation.ts). Then per-node agents and headroom.
 * @example nodeCapacity(m5Large, eksDefaults).allocatableMemoryBytes //=> (8192 − 615 − 574 − 100 − 300) MiB
 */
export function nodeCapacity(spec: InstanceSpec, settings: CapacitySettings): NodeCapacity {
  const capacityCpuMillicores = spec.vcpu * MILLICORES_PER_VCPU;
  const memoryMib = specMemoryMib(spec);
  const overheadMib = ceilDivInt(memoryMib * settings.memoryOverheadBasisPoints, 10000);
  let reservedCpuMillicores = 0;
  let reservedMemoryMib = overheadMib;
  let maxPods: number | undefined;
  let maxTasks = Number.MAX_SAFE_INTEGER;
  if (settings.orchestrator === "eks") {
    maxPods = eksMaxPods(spec, settings.eksMaxPodsMode);
    reservedCpuMillicores = eksKubeReservedCpuMillicores(capacityCpuMillicores);
    reservedMemoryMib += settings.windowsNode
      ? EKS_WINDOWS_RESERVED_MEMORY_MIB
      : eksKubeReservedMemoryMib(maxPods) + EKS_EVICTION_HARD_MEMORY_MIB;
    maxTasks = Math.max(0, maxPods - settings.daemonPods);
  } else {
    reservedMemoryMib += settings.ecsReservedMemoryMib;
  }
  const capacityMemoryBytes = memoryMib * BYTES_PER_MIB;
  const reservedMemoryBytes = reservedMemoryMib * BYTES_PER_MIB;
  const allocatableCpuMillicores = Math.max(0, capacityCpuMillicores - reservedCpuMillicores - settings.daemonCpuMillicores);
  const allocatableMemoryBytes = Math.max(0, capacityMemoryBytes - reservedMemoryBytes - settings.daemonMemoryBytes);
  const keep = 10000 - settings.headroomBasisPoints;
  return {
    instanceType: spec.instanceType,
    capacityCpuMillicores,
    capacityMemoryBytes,
    reservedCpuMillicores,
    reservedMemoryBytes,
    daemonCpuMillicores: settings.daemonCpuMillicores,
    daemonMemoryBytes: settings.daemonMemoryBytes,
    allocatableCpuMillicores,
    allocatableMemoryBytes,
    packCpuMillicores: Math.floor((allocatableCpuMillicores * keep) / 10000),
    // bytes × 10000 can exceed 2^53 on the largest types, so split a = q·10000 + r: ⌊a·k/10000⌋ = q·k + ⌊r·k/10000⌋
    packMemoryBytes: Math.floor(allocatableMemoryBytes / 10000) * keep + Math.floor(((allocatableMemoryBytes % 10000) * keep) / 10000),
    maxTasks,
    maxPods,
  };
}
