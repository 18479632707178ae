import { coreError } from "../errors";
import { nearestCpuMessage, nearestMemoryMessage } from "./nearest-size";
import { BYTES_PER_MIB, MILLICORES_PER_VCPU } from "../units/data-size";
import { CPU_UNITS_PER_VCPU, cpuUnitsLabel, fargateSizeRows, memoryMibLabel, type FargateSize } from "./task-sizes";

/**
 * ECS on Fargate: the task-level size must itself be a valid pair; nothing is rounded
 * (ECS developer guide, "Task CPU and memory", S26). An invalid pair is an input error that lists
 * the valid memory values for the requested vCPU.
 *
 * @example validateEcsTaskSize(500, 1073741824, "services[0]") //=> { cpuUnits: 512, memoryMib: 1024 }
 */
export function validateEcsTaskSize(cpuMillicores: number, memoryBytes: number, field: string, serviceName?: string): FargateSize {
  const rows = fargateSizeRows("ecs");
  const row = rows.find((candidate) => candidateMillicores(candidate.cpuUnits) === cpuMillicores);
  if (!row) {
    throw coreError("INVALID_FARGATE_SIZE", nearestCpuMessage(cpuMillicores / MILLICORES_PER_VCPU, rows, field, serviceName), {
      field: `${field}.vcpu`,
      allowed: rows.map((candidate) => cpuUnitsLabel(candidate.cpuUnits)),
    });
  }
  const memoryMib = memoryBytes / BYTES_PER_MIB;
  if (!row.memoryMib.includes(memoryMib)) {
    throw coreError("INVALID_FARGATE_SIZE", nearestMemoryMessage(memoryMib, row, field, serviceName), {
      field: `${field}.memoryGib`,
      allowed: row.memoryMib.map(memoryMibLabel),
    });
  }
  return { cpuUnits: row.cpuUnits, memoryMib };
}

/** CPU units are 1/1024 vCPU; task sizes in the table are whole multiples of 0.25 vCPU. */
function candidateMillicores(cpuUnits: number): number {
  return (cpuUnits / CPU_UNITS_PER_VCPU) * MILLICORES_PER_VCPU;
}
