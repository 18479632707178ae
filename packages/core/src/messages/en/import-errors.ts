/**
 * Workload import errors as codes (packages/import): `{source}` is the file read; a problem core found
 * in it (a schema issue, a quantity) is nested (`{problem:message}`, its allowed values in `{problemAllowed}`).
 * English: the CLI's line, kept as it was.
 */
export const IMPORT_ERROR_TEMPLATES = {
  ERR_IMPORT_PROBLEM: "{source}: {problem:message}",
  ERR_IMPORT_PROBLEM_ALLOWED: "{source}: {problem:message}; allowed: {problemAllowed}",
  ERR_IMPORT_INVALID_DOCUMENT: "{source}: invalid document",
  ERR_IMPORT_NOT_A_WORKLOAD:
    "{source}: neither an ECS task definition (taskDefinition / containerDefinitions) nor a Kubernetes object (kind)",
  ERR_IMPORT_NO_KIND: "{source}: not a Kubernetes object (no kind)",
  ERR_IMPORT_PVC_NAME: "{source}: a PersistentVolumeClaim needs metadata.name",
  ERR_IMPORT_WINDOWS_ARM: "{source}: Windows containers on ARM64 are not supported by ECS, EKS or Fargate",
  ERR_IMPORT_SERVICE_PROBLEM: '{source}: the imported service "{service}" {problem:message}',
  ERR_IMPORT_SERVICE_INVALID: '{source}: the imported service "{service}" invalid service',
  ERR_IMPORT_TOO_MANY_SERVICES: "{count} services imported, more than the {max} a scenario allows",
  ERR_IMPORT_CPU_TEXT: 'cpu "{value}" is neither CPU units (e.g. 256) nor "N vCPU"',
  ERR_IMPORT_MEMORY_TEXT: 'memory "{value}" is neither MiB (e.g. 512) nor "N GB"',
  ERR_CRON_FIELD: 'cron schedule "{schedule}": the {cronField:message} field "{value}" is not understood',
  ERR_CRON_FIELD_COUNT:
    'cron schedule "{schedule}" must have 5 fields (minute hour day-of-month month day-of-week) or be a macro such as @daily',
  CRON_MINUTE: "minute",
  CRON_HOUR: "hour",
  CRON_DAY_OF_MONTH: "day of month",
  CRON_MONTH: "month",
  CRON_DAY_OF_WEEK: "day of week",
} as const satisfies Record<string, string>;
