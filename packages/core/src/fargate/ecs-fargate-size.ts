import type { MessageCode } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { ResolvedService } from "../scenario/resolve-service";
import { BYTES_PER_GIB, millicoresToVcpu } from "../units/data-size";
import { ecsTaskSizeProblem } from "./ecs-task-size-check";
import { validateEcsTaskSize } from "./ecs-task-size";
import { smallestFittingSize } from "./smallest-fitting-size";
import { CPU_UNITS_PER_VCPU, FARGATE_SIZE_TABLE, WINDOWS_MAX_CPU_UNITS, WINDOWS_MIN_CPU_UNITS, type FargateSize } from "./task-sizes";

export type SizeDecision = { ok: true; size: FargateSize; note?: Message } | { ok: false; reason: Message<MessageCode> };

const largest = FARGATE_SIZE_TABLE[FARGATE_SIZE_TABLE.length - 1];
const maxMillicores = ((largest?.cpuUnits ?? 0) / CPU_UNITS_PER_VCPU) * 1000;
const maxMemoryBytes = Math.max(...(largest?.memoryMib ?? [0])) * 1024 * 1024;

/**
 * The Fargate size an ECS task is billed at.
 * - Task-level size: must be a valid pair; a size Fargate lacks (3 vCPU, or 1 vCPU / 9 GB) or one larger
 *   than anything Fargate offers rules ECS on Fargate out for the workload, with the reason (ECS refuses
 *   such a task definition on Fargate; EC2 runs it: ecs-task-size-check.ts) — never an input error.
 * - Containers only: ECS needs a task size, so the smallest valid size holding the sum of all
 *   container reservations is chosen (and said so in a note).
 * - Windows: 1 to 4 vCPU only (S26).
 */
export function ecsFargateSize(service: ResolvedService): SizeDecision {
  const { cpuMillicores, memoryBytes } = service.ecsTask;
  if (!service.platform) return { ok: false, reason: message("RULED_OUT_NO_WINDOWS_ARM_FARGATE", { service: service.name }) };
  if (cpuMillicores > maxMillicores || memoryBytes > maxMemoryBytes) {
    return {
      ok: false,
      reason: message("RULED_OUT_ECS_TASK_TOO_LARGE", {
        service: service.name,
        vcpu: millicoresToVcpu(cpuMillicores).toFixed(),
        memoryGb: (memoryBytes / BYTES_PER_GIB).toString(),
      }),
    };
  }
  const isWindows = service.platform === "windows-x86";
  let size: FargateSize | undefined;
  let note: Message | undefined;
  if (service.hasTaskLevelSize) {
    const problem = ecsTaskSizeProblem(cpuMillicores, memoryBytes, service.name);
    if (problem) return { ok: false, reason: problem };
    size = validateEcsTaskSize(cpuMillicores, memoryBytes, service.field, service.name);
  } else {
    const minCpu = isWindows ? Math.max(cpuMillicores, (WINDOWS_MIN_CPU_UNITS / CPU_UNITS_PER_VCPU) * 1000) : cpuMillicores;
    size = smallestFittingSize(minCpu, memoryBytes, "ecs");
    if (!size) return { ok: false, reason: message("RULED_OUT_NO_FARGATE_SIZE", { service: service.name }) };
    note = message("NOTE_ECS_TASK_SIZE_SET", {
      service: service.name,
      vcpu: size.cpuUnits / CPU_UNITS_PER_VCPU,
      memoryGb: size.memoryMib / 1024,
    });
  }
  if (isWindows && (size.cpuUnits < WINDOWS_MIN_CPU_UNITS || size.cpuUnits > WINDOWS_MAX_CPU_UNITS)) {
    return { ok: false, reason: message("RULED_OUT_WINDOWS_FARGATE_CPU", { service: service.name }) };
  }
  return note ? { ok: true, size, note } : { ok: true, size };
}
