import { FARGATE_LINUX_MINIMUM_SECONDS } from "../fargate/billing-duration";
import { Decimal, sumDecimals } from "../money/decimal";
import { patternDescriptor } from "../patterns/descriptors";
import type { PatternId } from "../patterns/pattern";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { ResolvedService } from "../scenario/resolve-service";

/**
 * How shared costs are keyed to services: each service's share of the requested CPU-hours plus its
 * share of the requested memory-hours (a blended request share, the same on all four patterns):
 *   wᵢ = cpuᵢ ÷ Σcpu + memᵢ ÷ Σmem,  cpuᵢ = tasks × billed hours × millicores (memory likewise),
 * using what one ECS task reserves on ECS patterns and what one pod requests on EKS patterns.
 * A dimension nobody requests is left out; a service with no tasks weighs 0.
 * @example requestWeights([web, api], "ecs-fargate").map(String) //=> ["0.5", "1.5"] (api asks 3× the CPU and memory-hours of web)
 */
export function requestWeights(services: readonly ResolvedService[], patternId: PatternId): Decimal[] {
  const isEks = patternDescriptor(patternId).orchestrator === "eks";
  const usage = services.map((service) => {
    const request = isEks ? service.pod : service.ecsTask;
    const taskHours = billedHoursPerTask(service.schedule, FARGATE_LINUX_MINIMUM_SECONDS).times(service.taskCount);
    return { cpu: taskHours.times(request.cpuMillicores), memory: taskHours.times(request.memoryBytes) };
  });
  const cpuSum = sumDecimals(usage.map((u) => u.cpu));
  const memorySum = sumDecimals(usage.map((u) => u.memory));
  return usage.map((u) => {
    const cpuShare = cpuSum.isZero() ? new Decimal(0) : u.cpu.div(cpuSum);
    const memoryShare = memorySum.isZero() ? new Decimal(0) : u.memory.div(memorySum);
    return cpuShare.plus(memoryShare);
  });
}
