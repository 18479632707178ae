import type { PatternEstimate } from "../patterns/pattern";

/**
 * What a result misses, said once at the top: the usage keys no pattern could price in the region and
 * the command that fills them from AWS's public offer files (no AWS credentials needed).
 */
export type PricesGap = { region: string; missingUsages: string[]; refreshCommand: string };

/** @example refreshCommand("eu-west-1") //=> "costcalc prices refresh --regions eu-west-1 --source offer-files" */
export function refreshCommand(region: string): string {
  return `costcalc prices refresh --regions ${region} --source offer-files`;
}

/**
 * The missing rates of all patterns together (first-seen order, each once), or null when nothing is missing.
 * @example pricesGap("sa-east-1", patterns) //=> { region: "sa-east-1", missingUsages: ["elb/alb/hours"], refreshCommand: "costcalc prices refresh --regions sa-east-1 --source offer-files" }
 */
export function pricesGap(region: string, patterns: readonly PatternEstimate[]): PricesGap | null {
  const usages = [...new Set(patterns.flatMap((p) => p.missingRates.map((m) => m.usage)))];
  return usages.length === 0 ? null : { region, missingUsages: usages, refreshCommand: refreshCommand(region) };
}
