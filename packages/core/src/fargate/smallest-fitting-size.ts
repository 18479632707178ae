import { BYTES_PER_MIB, MILLICORES_PER_VCPU } from "../units/data-size";
import { CPU_UNITS_PER_VCPU, sharedFargateSizes, type FargateOrchestrator, type FargateSize } from "./task-sizes";

/**
 * The smallest valid Fargate size (by vCPU, then memory) that holds both the CPU and the memory
 * needed, or undefined when nothing in the table is big enough.
 *
 * @example smallestFittingSize(1000, 8 * 1024 ** 3 + 256 * 1024 ** 2, "eks") //=> { cpuUnits: 2048, memoryMib: 9216 }
 */
export function smallestFittingSize(
  cpuMillicores: number,
  memoryBytes: number,
  orchestrator: FargateOrchestrator,
): FargateSize | undefined {
  // Compare in integers: cpuUnits × 1000 vs millicores × 1024, MiB × 2^20 vs bytes.
  return sharedFargateSizes(orchestrator).find(
    (size) => size.cpuUnits * MILLICORES_PER_VCPU >= cpuMillicores * CPU_UNITS_PER_VCPU && size.memoryMib * BYTES_PER_MIB >= memoryBytes,
  );
}
