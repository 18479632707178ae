import type { ReportingCurrency } from "../currency/currency";
import { toDecimalString } from "../money/decimal";
import type { Portfolio } from "../portfolio/estimate-portfolio";
import { monthlyToYearly } from "../units/time";
import type { CsvTable } from "./comparison-csv";
import { reportingCsv } from "./report-document";

export const PORTFOLIO_CSV_COLUMNS = ["pattern", "status", "service", "tags", "directUsd", "sharedUsd", "monthlyUsd", "yearlyUsd"] as const;

/** A service's tags as one cell: `team=checkout; env=prod` (key order as written in the scenario). */
export const tagsText = (tags: Record<string, string>): string =>
  Object.entries(tags)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/**
 * The portfolio CSV (`costcalc portfolio --format csv`): one row per pattern × service with the service's own
 * lines (`directUsd`), its exact share of the shared lines (`sharedUsd`, largest remainder to the cent) and their
 * sum per month and year (× 12). A ruled-out pattern has no rows (it is not split). With a JPY `reporting`, the
 * `xJpy` twin columns, `jpyPerUsd` and `fxAsOf` follow (`reportingCsv`).
 * @example portfolioCsv(estimatePortfolio(scenario, book, { groupBy: ["team"] })).rows[0] // tests/golden/portfolio-teams
 * //=> ["ecs-fargate", "priced", "web", "team=storefront", "36.0401", "24.095", "60.1351", "721.6212"]
 */
export function portfolioCsv(portfolio: Portfolio, reporting?: ReportingCurrency): CsvTable {
  const rows = portfolio.patterns.flatMap(({ pattern, services }) =>
    (services ?? []).map((s) => [
      pattern.id,
      pattern.status,
      s.name,
      tagsText(s.tags),
      toDecimalString(s.directUsd),
      toDecimalString(s.sharedUsd),
      toDecimalString(s.monthlyUsd),
      toDecimalString(monthlyToYearly(s.monthlyUsd)),
    ]),
  );
  const table = { columns: [...PORTFOLIO_CSV_COLUMNS], rows };
  return reporting ? reportingCsv(table, reporting) : table;
}
