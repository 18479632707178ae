// The public API of @repo/import: workload files (already parsed; no fs here) → scenario services.
export { importWorkloads, importDocument, importedScenarioParts, type WorkloadDocument } from "./import-workloads";
export { DEFAULT_CONTAINER_REQUEST, PRICE_ON, type RequestOptions } from "./kubernetes/pod-spec";
export { importEcsTaskDefinition } from "./ecs/import-task-definition";
export { importKubernetesObject, ASSUMED_JOB_SECONDS } from "./kubernetes/import-workload";
export { cronRuns, type CronRuns } from "./kubernetes/cron-runs";
export { warning, type ImportedDaemonSet, type ImportResult, type ImportWarning, type ImportWarningKind } from "./import-result";
export type { ServiceInput, ContainerInput } from "./core-types";
