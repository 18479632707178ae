import { message, type Message, type MessageParams } from "../messages/message";
import { CPU_UNITS_PER_VCPU, cpuUnitsLabel, memoryMibLabel, type FargateSizeRow } from "./task-sizes";

/**
 * The nearest valid Fargate sizes for an invalid request, named in the error (issue 20 item 3): the
 * ECS task-size table (S26) has a fixed list of vCPU values, each with its own memory range.
 * Worked example: 3 vCPU → between 2 vCPU (4–16 GB) and 4 vCPU (8–30 GB); 2 vCPU with 1 GB → 4 GB,
 * the smallest memory 2 vCPU takes.
 */

/** The service a `services[i]` field belongs to (1-based number), for the message's parameters. */
function serviceParams(field: string, serviceName: string | undefined): MessageParams {
  const match = /^services\[(\d+)\]/.exec(field);
  return { ...(match ? { serviceNumber: Number(match[1]) + 1 } : {}), ...(serviceName ? { service: serviceName } : {}) };
}

const gbRange = (row: FargateSizeRow): { min: string; max: string } => ({
  min: memoryMibLabel(row.memoryMib[0] ?? 0),
  max: memoryMibLabel(row.memoryMib[row.memoryMib.length - 1] ?? 0),
});

/**
 * @example renderMessage(nearestCpuMessage(3, FARGATE_SIZE_TABLE, "services[0]"))
 * //=> "3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB)"
 */
export function nearestCpuMessage(vcpu: number, rows: readonly FargateSizeRow[], field: string, serviceName?: string): Message {
  const units = vcpu * CPU_UNITS_PER_VCPU;
  const lower = [...rows].reverse().find((row) => row.cpuUnits < units);
  const upper = rows.find((row) => row.cpuUnits > units);
  const base = { ...serviceParams(field, serviceName), field: `${field}.vcpu`, vcpu };
  if (lower && upper) {
    const [l, u] = [gbRange(lower), gbRange(upper)];
    return message("ERR_FARGATE_VCPU_BETWEEN", {
      ...base,
      lowerVcpu: cpuUnitsLabel(lower.cpuUnits),
      lowerMinGb: l.min,
      lowerMaxGb: l.max,
      upperVcpu: cpuUnitsLabel(upper.cpuUnits),
      upperMinGb: u.min,
      upperMaxGb: u.max,
    });
  }
  const nearest = (lower ?? upper) as FargateSizeRow;
  const n = gbRange(nearest);
  return message("ERR_FARGATE_VCPU_NEAREST", {
    ...base,
    nearestVcpu: cpuUnitsLabel(nearest.cpuUnits),
    nearestMinGb: n.min,
    nearestMaxGb: n.max,
  });
}

/**
 * The valid memory closest to the request (the smaller on a tie).
 * @example renderMessage(nearestMemoryMessage(1024, row2Vcpu, "services[0]"))
 * //=> "1 GB is not valid with 2 vCPU on Fargate; nearest: 4 GB (2 vCPU takes 4–16 GB)"
 */
export function nearestMemoryMessage(memoryMib: number, row: FargateSizeRow, field: string, serviceName?: string): Message {
  const nearest = row.memoryMib.reduce((best, mib) => (Math.abs(mib - memoryMib) < Math.abs(best - memoryMib) ? mib : best));
  const range = gbRange(row);
  return message("ERR_FARGATE_MEMORY", {
    ...serviceParams(field, serviceName),
    field: `${field}.memoryGib`,
    memoryGb: memoryMibLabel(memoryMib),
    vcpu: cpuUnitsLabel(row.cpuUnits),
    nearestGb: memoryMibLabel(nearest),
    minGb: range.min,
    maxGb: range.max,
  });
}
