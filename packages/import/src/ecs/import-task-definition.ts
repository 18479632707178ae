import { refuseWindowsArm } from "../check-service";
import type { ContainerInput, ServiceInput } from "../core-types";
import { accountFields, isRecord } from "../field-accounting";
import { warning, type ImportResult, type ImportWarning } from "../import-result";
import { parseWith } from "../parse-with";
import { addLogDriverHint } from "./log-driver";
import { taskVolumeWarnings } from "./task-volumes";
import { DescribeTaskDefinitionSchema, TaskDefinitionSchema, type TaskDefinition } from "./task-definition-schema";
import { taskMemoryGib, taskVcpu, unitsToMillicores } from "./task-size-text";

const TASK_FIELDS = {
  used: ["family", "containerDefinitions", "cpu", "memory", "runtimePlatform", "ephemeralStorage", "volumes"],
  unsupported: {
    inferenceAccelerators: "Elastic Inference accelerators are not priced",
    proxyConfiguration: "the App Mesh proxy's own cpu/memory must be a container definition to be counted",
  },
};
const CONTAINER_FIELDS = {
  used: ["name", "cpu", "memory", "memoryReservation", "logConfiguration"],
  unsupported: { resourceRequirements: "GPUs / inference accelerators are not priced (and Fargate has no GPUs)" },
};

function containerInputs(task: TaskDefinition, source: string, at: (key: string) => string, warnings: ImportWarning[]): ContainerInput[] {
  return task.containerDefinitions.map((container, index) => {
    const field = at(`containerDefinitions[${index}]`);
    const result: ContainerInput = { name: container.name };
    if (container.cpu !== undefined && container.cpu > 0) {
      const { millicores, isExact } = unitsToMillicores(container.cpu);
      if (!isExact)
        warnings.push(
          warning(
            "assumed",
            source,
            `${field}.cpu`,
            `${container.cpu} CPU units = ${(container.cpu * 1000) / 1024}m, rounded up to ${millicores}m`,
          ),
        );
      result.cpu = `${millicores}m`;
    } else {
      // ECS container definition `cpu`: "If you don't specify … the container instance reserves no CPU units
      // for it" — it shares the unreserved CPU (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html).
      warnings.push(
        warning(
          "assumed",
          source,
          `${field}.cpu`,
          "no cpu and no task-level cpu: ECS reserves 0 CPU units for it, so it is packed as 0 CPU on EC2; set cpu (units) to price what it uses",
        ),
      );
    }
    const memoryMib = container.memoryReservation ?? container.memory;
    if (memoryMib !== undefined) result.memory = `${memoryMib}Mi`;
    else warnings.push(warning("assumed", source, `${field}.memory`, "no memory or memoryReservation: counted as 0"));
    return result;
  });
}

/**
 * An ECS task definition (the `describe-task-definition` output or the bare object) → one service.
 * The task-level cpu/memory is the size (what Fargate bills); without it, the containers' cpu units
 * and memoryReservation (else memory) are used. A task definition has no task count: 1 is assumed.
 * @example importEcsTaskDefinition({ taskDefinition: { family: "web", cpu: "512", memory: "1024", containerDefinitions: [{ name: "app" }] } }, "td.json").services
 * //=> [{ name: "web", taskCount: 1, vcpu: 0.5, memoryGib: 1 }]
 */
export function importEcsTaskDefinition(document: unknown, source: string): ImportResult {
  const isWrapped = isRecord(document) && "taskDefinition" in document;
  const wrapper = isWrapped ? parseWith(DescribeTaskDefinitionSchema, document, source, "") : undefined;
  const task = wrapper?.taskDefinition ?? parseWith(TaskDefinitionSchema, document, source, "");
  const prefix = isWrapped ? "taskDefinition" : "";
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const warnings: ImportWarning[] = [];
  if (wrapper) warnings.push(...accountFields(wrapper, { used: ["taskDefinition", "tags"] }, source, ""));
  warnings.push(...accountFields(task, TASK_FIELDS, source, prefix), ...taskVolumeWarnings(task.volumes, source, at("volumes")));
  for (const [index, container] of task.containerDefinitions.entries()) {
    warnings.push(...accountFields(container, CONTAINER_FIELDS, source, at(`containerDefinitions[${index}]`)));
  }

  const name = task.family ?? task.containerDefinitions[0]?.name ?? "task";
  const service: ServiceInput = { name, taskCount: 1 };
  warnings.push(
    warning("assumed", source, "taskCount", "a task definition holds no task count: 1 assumed (set it to the ECS service's desiredCount)"),
  );
  if (task.cpu !== undefined && task.memory !== undefined) {
    service.vcpu = taskVcpu(task.cpu, at("cpu")).toNumber();
    service.memoryGib = taskMemoryGib(task.memory, at("memory")).toNumber();
    if (task.containerDefinitions.some((c) => (c.cpu ?? 0) > 0 || c.memory !== undefined || c.memoryReservation !== undefined)) {
      warnings.push(
        warning(
          "ignored",
          source,
          at("containerDefinitions[].cpu/memory"),
          "container sizes sit inside the task size, which is what is billed",
        ),
      );
    }
  } else {
    if (task.cpu !== undefined || task.memory !== undefined)
      warnings.push(
        warning(
          "assumed",
          source,
          at(task.cpu !== undefined ? "cpu" : "memory"),
          "only one of task cpu/memory is set: sized from the containers instead",
        ),
      );
    service.containers = containerInputs(task, source, at, warnings);
  }
  if (task.runtimePlatform?.cpuArchitecture === "ARM64") service.architecture = "arm64";
  const osFamily = task.runtimePlatform?.operatingSystemFamily;
  if (osFamily?.startsWith("WINDOWS")) service.os = "windows";
  refuseWindowsArm(service, source, at("runtimePlatform"));
  if (task.ephemeralStorage) service.ephemeralStorageGib = task.ephemeralStorage.sizeInGiB;
  warnings.push(...addLogDriverHint(task, service, source, prefix));
  if (wrapper?.tags?.length) service.tags = Object.fromEntries(wrapper.tags.map((tag) => [tag.key, tag.value]));
  return { services: [service], warnings };
}
