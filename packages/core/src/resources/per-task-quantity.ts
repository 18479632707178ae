import { DECIMAL_PRECISION, Decimal } from "../money/decimal";

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

/** Significant digits a task count can have: any safe integer (scaled counts are at most 5,000 × 100). */
const COUNT_DIGITS = 16;

/**
 * A line's amount per task — quantity per task × rate — when quantityAtCount(term, n) × rate is EXACT for every task
 * count n, else undefined. A product of a- and b-digit decimals has at most a + b significant digits, so with the
 * term's factors and the rate within 40 − 16 digits no step of quantityAtCount(term, n).times(rate) rounds, and it
 * equals n × this amount, the same Decimal value (issue 19: the break-even's Fargate totals price each service at each
 * new count with one multiplication instead of three). A non-terminating factor (a batch schedule's hours, rounded at
 * the 40th digit) has 40 digits and gets undefined: such a line keeps the three steps.
 * @example exactAmountPerTask({ kind: "task-hours", hoursPerTask: new Decimal(730), unitsPerTask: new Decimal("0.25") }, new Decimal("0.04048"))?.toString()
 * //=> "7.3876" (730 h × 0.25 vCPU × $0.04048; at 3 tasks 3 × 7.3876 = 22.1628 = ((730 × 3) × 0.25) × 0.04048)
 */
export function exactAmountPerTask(term: PerTaskQuantity, rateUsd: Decimal): Decimal | undefined {
  const factors =
    term.kind === "task-hours" ? [term.hoursPerTask, term.unitsPerTask] : [new Decimal(term.addressesPerTask), term.hoursPerMonth];
  let digits = rateUsd.sd();
  for (const f of factors) digits += f.sd();
  // An address count past 2^53 would already be rounded in taskAddresses' float product.
  if (digits > DECIMAL_PRECISION - COUNT_DIGITS || (term.kind === "addresses" && !Number.isSafeInteger(term.addressesPerTask)))
    return undefined;
  return factors.reduce((product, f) => product.times(f), rateUsd);
}

/** Whether quantityAtCount(term, n) is zero, without computing it: a product is zero exactly when a factor is. @example quantityIsZero(term, 0) //=> true */
export function quantityIsZero(term: PerTaskQuantity, taskCount: number): boolean {
  if (taskCount === 0) return true;
  return term.kind === "task-hours"
    ? term.hoursPerTask.isZero() || term.unitsPerTask.isZero()
    : term.addressesPerTask === 0 || term.hoursPerMonth.isZero();
}
