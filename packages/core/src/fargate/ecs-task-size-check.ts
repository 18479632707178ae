import type { MessageCode } from "../messages/english";
import { message, type Message } from "../messages/message";
import { BYTES_PER_MIB, MILLICORES_PER_VCPU } from "../units/data-size";
import { nearestCpuMessage, nearestMemoryMessage } from "./nearest-size";
import { CPU_UNITS_PER_VCPU, cpuUnitsLabel, fargateSizeRows, memoryMibLabel } from "./task-sizes";

/**
 * Whether a task-level size (as an ECS task definition states it) is a Fargate size, as a reason
 * instead of a thrown error: ECS registers a Fargate task definition only with one of the valid
 * CPU/memory pairs ("Troubleshoot Amazon ECS task definition invalid CPU or memory errors",
 * https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html: RegisterTaskDefinition
 * fails with "Invalid 'cpu' setting for task"), while "for tasks hosted on Amazon EC2, the supported
 * task CPU values are between 0.25 vCPUs and 192 vCPUs". So a size Fargate lacks rules ECS on Fargate
 * out for the workload; the EC2 patterns still price it. Nothing is rounded (the user asked for this size).
 * The reason nests the nearest valid sizes (`nearest` holds that message's code; its parameters are
 * merged in, as `{x:message}` renders with the same parameters — fargate/nearest-size.ts) so the user knows what to
 * type: "batch: 3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB); …".
 *
 * @example ecsTaskSizeProblem(3000, 1024 ** 3, "batch") //=> RULED_OUT_FARGATE_VCPU_NOT_A_SIZE { vcpu: "3", allowedVcpu: "0.25, 0.5, 1, 2, 4, 8, 16, 32" }
 * @example ecsTaskSizeProblem(1000, 9 * 1024 ** 3, "api") //=> RULED_OUT_FARGATE_MEMORY_NOT_VALID { vcpu: "1", memoryGb: "9", allowedGb: "2, 3, 4, 5, 6, 7, 8" }
 * @example ecsTaskSizeProblem(500, 1024 ** 3, "web") //=> undefined (0.5 vCPU / 1 GB is a size)
 */
export function ecsTaskSizeProblem(
  cpuMillicores: number,
  memoryBytes: number,
  service: string,
  field = "",
): Message<MessageCode> | undefined {
  const rows = fargateSizeRows("ecs");
  const row = rows.find((candidate) => (candidate.cpuUnits / CPU_UNITS_PER_VCPU) * MILLICORES_PER_VCPU === cpuMillicores);
  const vcpu = String(cpuMillicores / MILLICORES_PER_VCPU);
  if (!row) {
    const nearest = nearestCpuMessage(cpuMillicores / MILLICORES_PER_VCPU, rows, field, service);
    return message("RULED_OUT_FARGATE_VCPU_NOT_A_SIZE", {
      ...nearest.params,
      service,
      vcpu,
      allowedVcpu: rows.map((candidate) => cpuUnitsLabel(candidate.cpuUnits)).join(", "),
      nearest: nearest.code,
    });
  }
  const memoryMib = memoryBytes / BYTES_PER_MIB;
  if (row.memoryMib.includes(memoryMib)) return undefined;
  const nearest = nearestMemoryMessage(memoryMib, row, field, service);
  return message("RULED_OUT_FARGATE_MEMORY_NOT_VALID", {
    ...nearest.params,
    service,
    vcpu,
    memoryGb: String(memoryMib / 1024),
    allowedGb: row.memoryMib.map(memoryMibLabel).join(", "),
    nearest: nearest.code,
  });
}
