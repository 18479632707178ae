import { coreError, describeIssue } from "@repo/core";
import type { z } from "zod";

/** Validates a document against a schema; the first problem becomes a CoreError INVALID_WORKLOAD naming the field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, source: string, prefix: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const described: { field: string; message: string; allowed?: string[] } = first
    ? describeIssue(first, value)
    : { field: "", message: "invalid document" };
  const field = [prefix, described.field].filter(Boolean).join(".");
  throw coreError("INVALID_WORKLOAD", `${source}: ${described.message}`, {
    field: field || "(document)",
    ...(described.allowed ? { allowed: described.allowed } : {}),
  });
}
