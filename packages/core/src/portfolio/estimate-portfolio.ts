import { z } from "zod";
import type { Comparison } from "../compare/estimate-scenario";
import { modelBills } from "../model/model-bills";
import type { PatternEstimate } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import { resolveService } from "../scenario/resolve-service";
import { allocatePattern, type ServiceCost } from "./allocate-pattern";
import { groupTotals, type GroupTotal } from "./group-totals";

export const PortfolioOptionsSchema = z.strictObject({
  /** Tag keys to total by, e.g. ["team", "env"]. */
  groupBy: z.array(z.string().min(1)).default([]),
});
export type PortfolioOptions = z.input<typeof PortfolioOptionsSchema>;

export type PortfolioPattern = {
  pattern: PatternEstimate;
  /** Per service (scenario order); null when the pattern is ruled out. */
  services: ServiceCost[] | null;
  /** One list of group totals per `groupBy` key (empty lists when ruled out). */
  groups: { tagKey: string; totals: GroupTotal[] }[];
};

export type Portfolio = { comparison: Comparison; groupBy: string[]; patterns: PortfolioPattern[] };

/**
 * A portfolio is a scenario with many services (hundreds), usually tagged (`tags: { team: … }`).
 * Prices it on the four patterns (constraints applied: a ruled-out pattern is not split), then splits each pattern's bill per service (shared lines
 * allocated exactly, see `allocatePattern`) and totals it per tag value.
 * @example estimatePortfolio(scenario, book, { groupBy: ["team"] }).patterns[0].groups[0].totals
 * //=> [{ value: "checkout", serviceCount: 3, monthlyUsd: … }, { value: "(untagged)", … }]
 */
export function estimatePortfolio(input: unknown, book: PriceBook, options: PortfolioOptions = {}): Portfolio {
  const { groupBy } = PortfolioOptionsSchema.parse(options);
  const { comparison } = modelBills(input, book);
  const services = comparison.scenario.services.map(resolveService);
  return {
    comparison,
    groupBy,
    patterns: comparison.patterns.map((pattern) => {
      const costs = allocatePattern(pattern, services);
      return { pattern, services: costs, groups: groupBy.map((tagKey) => ({ tagKey, totals: costs ? groupTotals(costs, tagKey) : [] })) };
    }),
  };
}
