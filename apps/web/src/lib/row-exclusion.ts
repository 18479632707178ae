import { ScenarioSchema, type ScenarioInput } from "@repo/core";
import type { FieldIssues } from "./field-errors";

const ROW_FIELD = /^services\[(\d+)\]\./;

/** The service rows (0-based form indexes, ascending) that have an error of their own. */
export function rowsWithErrors(errors: FieldIssues): number[] {
  const rows = new Set<number>();
  for (const field of Object.keys(errors)) {
    const match = ROW_FIELD.exec(field);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * An invalid service row blocks only itself (issue 20 item 3): when every error found belongs to a
 * service row and at least one row is valid, the scenario without the invalid rows is priced (the
 * errors stay beside their rows, and the page says which services the totals leave out). Any other
 * error (a shared field, the region, the list of services itself) still blocks the whole estimate,
 * since every pattern's bill depends on it.
 * @example withoutInvalidRows(input, { "services[0].vcpu": issue }) //=> { input: input without services[0], excludedRows: [0] }
 */
export function withoutInvalidRows(input: ScenarioInput, errors: FieldIssues): { input: ScenarioInput | null; excludedRows: number[] } {
  const fields = Object.keys(errors);
  if (fields.length === 0) return { input, excludedRows: [] };
  const excludedRows = rowsWithErrors(errors);
  const isRowOnly = fields.every((field) => ROW_FIELD.test(field));
  const kept = input.services.filter((_, index) => !excludedRows.includes(index));
  if (!isRowOnly || kept.length === 0) return { input: null, excludedRows: [] };
  const reduced = { ...input, services: kept };
  // The rows left must make a valid scenario on their own (they did inside the whole one; checked, not assumed).
  return ScenarioSchema.safeParse(reduced).success ? { input: reduced, excludedRows } : { input: null, excludedRows: [] };
}
