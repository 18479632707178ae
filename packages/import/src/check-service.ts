import {
  coreError,
  describeIssue,
  isCoreError,
  parseCpuMillicores,
  parseMemoryBytes,
  SCENARIO_LIMITS,
  ServiceSchema,
  message,
} from "@repo/core";
import type { ServiceInput } from "./core-types";

/**
 * Import is as strict as estimate (issue 17): every quantity is parsed and range-checked where it is
 * read, naming the source file and field, and every service it writes passes the scenario schema, so
 * `cpu: "1e999"`, `memory: "-1Gi"`, `"1Zi"` or `replicas: 1000000000` is a one-line INVALID_WORKLOAD
 * (exit 2) instead of a scenario that `estimate` would refuse later.
 * @example checkedQuantity("cpu", "1e999", "k8s.yaml", "spec.template.spec.containers[0].resources.requests.cpu")
 * // throws "[core] INVALID_WORKLOAD: k8s.yaml: "1e999" is not a Kubernetes quantity … (field: spec.template.spec.containers[0].resources.requests.cpu)"
 */
export function checkedQuantity(kind: "cpu" | "memory", value: string | number, source: string, field: string): string | number {
  try {
    if (kind === "cpu") parseCpuMillicores(value, field);
    else parseMemoryBytes(value, field);
    return value;
  } catch (error) {
    if (!isCoreError(error)) throw error;
    const problem = { ...error.detail.params, problem: error.detail.code, source };
    throw coreError(
      "INVALID_WORKLOAD",
      error.allowed?.length
        ? message("ERR_IMPORT_PROBLEM_ALLOWED", { ...problem, problemAllowed: error.allowed.join(", ") })
        : message("ERR_IMPORT_PROBLEM", problem),
      { field },
    );
  }
}

/** Fargate, ECS and EKS run no Windows containers on ARM64 (Graviton): refused, not guessed. */
export function refuseWindowsArm(service: Pick<ServiceInput, "architecture" | "os">, source: string, field: string): void {
  if (service.architecture === "arm64" && service.os === "windows") {
    throw coreError("INVALID_WORKLOAD", message("ERR_IMPORT_WINDOWS_ARM", { source, field }), {
      field,
      allowed: ["linux on x86_64", "linux on arm64", "windows on x86_64"],
    });
  }
}

/** A produced service must pass the scenario's service schema (bounds included); the first problem names the source. */
export function checkService(service: ServiceInput, source: string): ServiceInput {
  const result = ServiceSchema.safeParse(service);
  if (result.success) return service;
  const [first] = result.error.issues;
  const described = first ? describeIssue(first, service) : undefined;
  const problem = described?.detail;
  const where = { source, service: service.name };
  throw coreError(
    "INVALID_WORKLOAD",
    problem
      ? message("ERR_IMPORT_SERVICE_PROBLEM", { ...problem.params, problem: problem.code, ...where })
      : message("ERR_IMPORT_SERVICE_INVALID", where),
    {
      field: `service.${described?.field ?? ""}`,
      ...(described?.allowed ? { allowed: described.allowed } : {}),
    },
  );
}

/** The ECS services-per-cluster quota bounds one import as it bounds a scenario. */
export function checkServiceCount(count: number): void {
  if (count > SCENARIO_LIMITS.services.max) {
    throw coreError(
      "INVALID_WORKLOAD",
      message("ERR_IMPORT_TOO_MANY_SERVICES", { count, max: SCENARIO_LIMITS.services.max, field: "services" }),
      {
        field: "services",
        allowed: [`1 to ${SCENARIO_LIMITS.services.max}`],
      },
    );
  }
}
