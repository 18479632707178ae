import { Decimal } from "../money/decimal";

/**
 * How one per-service Fargate line's quantity grows with the service's task count, declared once (issue 19): the
 * estimators (resources/fargate-task.ts, patterns/ecs-fargate.ts) compute each such line's quantity with
 * `quantityAtCount`, and the break-even's Fargate totals (decisions/fargate-totals.ts) price other task counts with
 * the very same function and the line's own rate — so a scaled total makes the same Decimal operations as a full run
 * (same roundings at the 40th digit), without building lines.
 * - `task-hours`: (billed hours per task × tasks) × units per task (vCPU, GB, extra storage GiB), as AWS Fargate bills
 *   it (https://aws.amazon.com/fargate/pricing/). Example: (730 h × 2 tasks) × 0.5 vCPU = 730 vCPU-hours.
 * - `addresses`: (tasks × public IPv4 addresses per task) × hours per month (https://aws.amazon.com/vpc/pricing/).
 *   Example: (3 tasks × 1 address) × 730 h = 2,190 IP-hours.
 */
export type PerTaskQuantity =
  | { kind: "task-hours"; hoursPerTask: Decimal; unitsPerTask: Decimal }
  | { kind: "addresses"; addressesPerTask: number; hoursPerMonth: Decimal };

/** Per-service lines' quantity terms by line id, collected when a caller asks (the Fargate totals' learning run). */
export type PerTaskQuantities = Map<string, PerTaskQuantity>;

/**
 * @example quantityAtCount({ kind: "task-hours", hoursPerTask: new Decimal(730), unitsPerTask: new Decimal("0.5") }, 2).toString() //=> "730"
 */
export function quantityAtCount(term: PerTaskQuantity, taskCount: number): Decimal {
  if (term.kind === "task-hours") return term.hoursPerTask.times(taskCount).times(term.unitsPerTask);
  return taskAddresses(taskCount, term.addressesPerTask).times(term.hoursPerMonth);
}

/** A service's public IPv4 addresses: one set per task. @example taskAddresses(3, 2).toString() //=> "6" */
export function taskAddresses(taskCount: number, addressesPerTask: number): Decimal {
  return new Decimal(taskCount * addressesPerTask);
}
