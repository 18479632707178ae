import type { CostLine } from "../lines/cost-line";
import type { LineBuilder } from "../lines/line-builder";
import type { Message } from "../messages/message";

/**
 * The shared lines no task count changes (load balancers, NAT gateways, data transfer, logs, endpoints,
 * ECR, snapshots), kept between the scaled runs of ONE analysis (issue 19): every scaled scenario is the
 * base one with other task counts, so these blocks add the same lines each run. Only the break-even
 * solver's totals-only runs pass one (decisions/evaluate-at-scale.ts makes it per analysis); the lines
 * are shared between runs and patterns and never mutated (a commitment rewrites only the compute lines,
 * added before). A block that found a rate missing is never kept: it is priced again each run.
 */
export type SharedLinesMemo = Map<string, { lines: readonly CostLine[]; notes: readonly Message[] }>;

/** Runs `add` (which appends lines to the builder and returns notes) once per memo and key; later calls append the same lines. */
export function memoisedBlock(builder: LineBuilder, memo: SharedLinesMemo | undefined, key: string, add: () => Message[]): Message[] {
  const hit = memo?.get(key);
  if (hit) {
    for (const line of hit.lines) builder.lines.push(line);
    return [...hit.notes];
  }
  const linesBefore = builder.lines.length;
  const missingBefore = builder.missing.length;
  const notes = add();
  if (memo && builder.missing.length === missingBefore) memo.set(key, { lines: builder.lines.slice(linesBefore), notes: [...notes] });
  return notes;
}
