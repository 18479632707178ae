import type { ReportingCurrency } from "../currency/currency";
import { toDecimalString } from "../money/decimal";
import { reportDocument } from "../serialize/report-document";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";
import { ALLOCATION_UNIT_USD } from "./allocate-by-weights";
import type { Portfolio } from "./estimate-portfolio";

/**
 * The stable JSON form of a portfolio: per pattern, per service (direct + allocated shared) and per
 * tag value, every amount an exact decimal string. Services and groups sum exactly to `monthlyUsd`.
 * @example toPortfolioJson(portfolio).patterns[0].services[0] //=> { name: "web", directUsd: "36.0401", sharedUsd: "10.95", monthlyUsd: "46.9901", … }
 */
export function toPortfolioJson(portfolio: Portfolio) {
  const { comparison } = portfolio;
  return {
    kind: "portfolio" as const,
    scenario: comparison.scenario.name,
    region: comparison.region,
    priceSnapshot: comparison.priceBook,
    groupBy: portfolio.groupBy,
    allocation: {
      method: "largest-remainder" as const,
      unitUsd: toDecimalString(ALLOCATION_UNIT_USD),
      key: "blended request share: CPU-hours share + memory-hours share",
    },
    serviceCount: comparison.scenario.services.length,
    patterns: portfolio.patterns.map(({ pattern, services, groups }) => ({
      id: pattern.id,
      label: pattern.label,
      status: pattern.status,
      lowerBound: pattern.lowerBound,
      monthlyUsd: pattern.monthlyUsd === null ? null : toDecimalString(pattern.monthlyUsd),
      yearlyUsd: pattern.yearlyUsd === null ? null : toDecimalString(pattern.yearlyUsd),
      threeYearUsd: pattern.threeYearUsd === null ? null : toDecimalString(pattern.threeYearUsd),
      services: (services ?? []).map((s) => ({
        name: s.name,
        tags: s.tags,
        directUsd: toDecimalString(s.directUsd),
        sharedUsd: toDecimalString(s.sharedUsd),
        monthlyUsd: toDecimalString(s.monthlyUsd),
        yearlyUsd: toDecimalString(s.monthlyUsd.times(MONTHS_PER_YEAR)),
      })),
      groups: groups.map((g) => ({
        tagKey: g.tagKey,
        totals: g.totals.map((t) => ({
          value: t.value,
          serviceCount: t.serviceCount,
          monthlyUsd: toDecimalString(t.monthlyUsd),
          yearlyUsd: toDecimalString(t.monthlyUsd.times(MONTHS_PER_YEAR)),
          threeYearUsd: toDecimalString(t.monthlyUsd.times(MONTHS_PER_THREE_YEARS)),
        })),
      })),
    })),
    /** Usage-driven lines left at zero: every total above leaves them out (USAGE_NOT_ESTIMATED messages). */
    notEstimated: comparison.notEstimated,
  };
}
export type PortfolioJson = ReturnType<typeof toPortfolioJson>;

/**
 * The portfolio JSON document (`costcalc portfolio --format json`): `toPortfolioJson` stated in the reporting
 * currency (`reportDocument`: the `reporting` block, in JPY an exact `xJpy` twin of every amount).
 * @example portfolioJson(portfolio, jpyAt150).patterns[0].services[0].monthlyJpy // the service's monthlyUsd × 150, exact
 */
export function portfolioJson(portfolio: Portfolio, reporting: ReportingCurrency) {
  return reportDocument(toPortfolioJson(portfolio), reporting);
}
