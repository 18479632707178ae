import type { Locale } from "../i18n";

/**
 * The few English remarks inside core's source citations (the trade-off matrix rows' and the constraints'
 * `sources`, packages/core/src/decisions/): the citation itself (a URL, a file, an issue, a source id) stays as
 * written, the remark is Japanese on the Japanese page. A citation core adds later with a new remark shows
 * as written until it is added here (the Japanese-page e2e walk lists it).
 */
const JA_SOURCE_REMARKS: readonly (readonly [english: string, japanese: string])[] = [
  ["(ARM: ECS only)", "(ARM は ECS のみ)"],
  ["§3.1 onboarding", "§3.1 (オンボーディング)"],
  ["(Fargate Spot: ECS only)", "(Fargate Spot は ECS のみ)"],
];

/**
 * Core's source citation in the page's language.
 * @example localSources("aws.amazon.com/fargate/pricing (ARM: ECS only)", "ja") //=> "aws.amazon.com/fargate/pricing (ARM は ECS のみ)"
 */
export function localSources(sources: string, locale: Locale): string {
  if (locale !== "ja") return sources;
  return JA_SOURCE_REMARKS.reduce((text, [english, japanese]) => text.replaceAll(english, japanese), sources);
}
