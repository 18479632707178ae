import { Decimal } from "../money/decimal";

/**
 * Fargate bills per second with a 1-minute minimum per task; Windows tasks have a 5-minute
 * minimum (AWS Fargate pricing page, S10/S18). Partial seconds are rounded up to the next second.
 * Verification (issue 13, 2026-12-01): the stored copy of https://aws.amazon.com/fargate/pricing/ confirms
 * "rounded up to the nearest second" and Windows/X86 as an ECS-only platform, but its excerpt shows no
 * minimum; no AWS page in the search corpus states the Windows 5-minute figure, so it rests on S10/S18
 * and shared/docs/domain.md (unconfirmed against a primary AWS page in this session).
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
