// The public API of @repo/import: workload files (already parsed; no fs here) → scenario services.
export { importWorkloads, importDocument, type WorkloadDocument } from "./import-workloads";
export { importEcsTaskDefinition } from "./ecs/import-task-definition";
export { importKubernetesObject, ASSUMED_JOB_SECONDS } from "./kubernetes/import-workload";
export { cronRuns, type CronRuns } from "./kubernetes/cron-runs";
export { warning, type ImportResult, type ImportWarning, type ImportWarningKind } from "./import-result";
export type { ServiceInput, ContainerInput } from "./core-types";
