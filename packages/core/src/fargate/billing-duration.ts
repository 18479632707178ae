import { Decimal } from "../money/decimal";

/**
 * Fargate bills per second with a 1-minute minimum per task; Windows tasks have a 5-minute
 * minimum (AWS Fargate pricing page, S10/S18). Partial seconds are rounded up to the next second.
 * Verification (issue 13, 2026-12-01, repeated by F2): the stored copy of https://aws.amazon.com/fargate/pricing/
 * says "rounded up to the nearest second" and lists Windows/X86 as ECS-only, but shows no minimum;
 * S10 (verbatim quotes of https://aws.amazon.com/ecs/pricing/, read 2026-09-20) has only "A minimum
 * charge of one minute applies"; the Oct 2021 launch is referenced only by
 * https://aws.amazon.com/blogs/containers/windows-containers-on-aws-fargate-launch-time-improvements
 * (no pricing text). Searched: docs corpus "AWS Fargate Windows containers billed per second minimum",
 * "Fargate Windows pricing minimum charge 5 minutes"; pages corpus "Fargate Windows containers minimum
 * charge 15 minutes", "Fargate Windows containers launch announcement October 2021 pricing minimum";
 * exact strings "Windows tasks are billed", "Windows containers on Fargate are billed". No AWS page
 * available here states a different figure, so the 5 minutes stay, resting on S10/S18 and
 * shared/docs/domain.md (NOT confirmed against a primary AWS page: an assumption, said so in the docs).
 * Re-checked by G2 (2026-12-02): docs corpus "AWS Fargate Windows containers billed per second minimum 5 minutes",
 * "Fargate Windows task considerations billing minimum", "AWS Fargate now supports Windows containers announcement
 * billing granularity"; pages corpus "Windows containers on Fargate 15-minute minimum charge per second billing",
 * "Windows Fargate pricing per-second billing minimum of 15 minutes OS license fee per vCPU". Found only the
 * Linux rule ("rounded up to the nearest second", "a minimum charge of one minute" — aws.amazon.com/fargate/pricing,
 * blog.awsfundamentals.com/amazon-ecs-pricing, vantage.sh/blog/fargate-pricing) and no Windows figure (5, 15 or
 * 1 minute) on any AWS page: the 5 minutes stay an assumption. Wherever it raises a bill (a Windows batch run
 * shorter than 5 minutes on ECS on Fargate) the result carries NOTE_WINDOWS_FARGATE_MINIMUM_ASSUMED, saying so.
 * Worked example: a 2-minute Windows run is billed 300 s = 0.08333 h; a 2-minute Linux run 120 s.
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
