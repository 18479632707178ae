import type { ServiceInput } from "@repo/core";

/**
 * What an importer could not carry over faithfully, so nothing is dropped silently:
 * - unsupported: the field may change the bill but the calculator does not model it (EFS volumes, GPUs);
 * - assumed: a value the source does not hold was filled in (a task count, a Job's duration);
 * - ignored: the field has no effect on compute cost (images, env, probes, ARNs) and was not read;
 * - skipped: a whole document is not a workload (a Service, a ConfigMap).
 */
export type ImportWarningKind = "unsupported" | "assumed" | "ignored" | "skipped";
export type ImportWarning = { kind: ImportWarningKind; source: string; field: string; message: string };

export type ImportResult = { services: ServiceInput[]; warnings: ImportWarning[] };

export function warning(kind: ImportWarningKind, source: string, field: string, message: string): ImportWarning {
  return { kind, source, field, message };
}
