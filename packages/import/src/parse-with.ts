import { coreError, describeIssue, message } from "@repo/core";
import type { z } from "zod";

/** Validates a document against a schema; the first problem becomes a CoreError INVALID_WORKLOAD naming the field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, source: string, prefix: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const described = first ? describeIssue(first, value) : undefined;
  const field = [prefix, described?.field].filter(Boolean).join(".");
  const problem = described?.detail;
  throw coreError(
    "INVALID_WORKLOAD",
    problem
      ? message("ERR_IMPORT_PROBLEM", { ...problem.params, problem: problem.code, source })
      : message("ERR_IMPORT_INVALID_DOCUMENT", { source }),
    {
      field: field || "(document)",
      ...(described?.allowed ? { allowed: described.allowed } : {}),
    },
  );
}
