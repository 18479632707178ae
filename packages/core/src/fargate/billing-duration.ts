import { Decimal } from "../money/decimal";

/**
 * Fargate bills per second with a 1-minute minimum per task; Windows tasks have a 5-minute
 * minimum (AWS Fargate pricing page, S10/S18). Partial seconds are rounded up to the next second.
 * EC2 Linux instances also bill per second with a 60-second minimum (S23).
 */
export const FARGATE_LINUX_MINIMUM_SECONDS = 60;
export const FARGATE_WINDOWS_MINIMUM_SECONDS = 300;
export const EC2_LINUX_MINIMUM_SECONDS = 60;

/**
 * Billed seconds for one run.
 * @example billedSeconds(new Decimal("30.2"), 60).toString() //=> "60"
 * @example billedSeconds(new Decimal("90.2"), 60).toString() //=> "91"
 */
export function billedSeconds(runSeconds: Decimal, minimumSeconds: number): Decimal {
  return Decimal.max(runSeconds.ceil(), new Decimal(minimumSeconds));
}
