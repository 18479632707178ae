import { PATTERN_IDS, PATTERN_LABELS, portfolioCsv, portfolioJson, type Decimal, type Portfolio, type ReportingCurrency } from "@repo/core";
import { summaryTable } from "../render/comparison-report";
import { coreCsv, usd, type Cell, type Report, type ReportTable } from "../render/report";
import { priceBookLabel } from "../render/price-book-label";

const patternColumns = PATTERN_IDS.map((id) => ({ header: PATTERN_LABELS[id], align: "right" as const }));

/** Rows × the four patterns' monthly amounts (— where a pattern is ruled out, "≥" where it is incomplete). */
function matrix(portfolio: Portfolio, keys: readonly string[], amountOf: (patternIndex: number, key: string) => Decimal | null): Cell[][] {
  return keys.map((key) => [key, ...portfolio.patterns.map((p, i) => usd(amountOf(i, key), false, p.pattern.lowerBound))]);
}

function groupTable(portfolio: Portfolio, tagKey: string, index: number): ReportTable {
  const values = [...new Set(portfolio.patterns.flatMap((p) => p.groups[index]?.totals.map((t) => t.value) ?? []))].sort();
  return {
    title: `Monthly by ${tagKey} (shared costs allocated)`,
    columns: [{ header: tagKey }, ...patternColumns],
    rows: matrix(
      portfolio,
      values,
      (i, value) => portfolio.patterns[i]?.groups[index]?.totals.find((t) => t.value === value)?.monthlyUsd ?? null,
    ),
  };
}

/**
 * `portfolio`: pattern totals, totals per tag value, then every service (own lines + its exact share
 * of the shared lines) on each pattern. CSV: one row per pattern × service.
 */
export function portfolioReport(portfolio: Portfolio, reporting: ReportingCurrency): Report {
  const { comparison } = portfolio;
  const names = comparison.scenario.services.map((s) => s.name);
  const services: ReportTable = {
    title: "Monthly by service (own lines + allocated shared lines)",
    columns: [{ header: "Service" }, ...patternColumns],
    rows: matrix(portfolio, names, (i, name) => portfolio.patterns[i]?.services?.find((s) => s.name === name)?.monthlyUsd ?? null),
    notes: [
      "Shared lines (EC2 nodes, EKS control plane, NAT, load balancers) are split by each service's share of requested CPU-hours + memory-hours, largest remainder to the cent: the parts sum exactly to each total.",
    ],
  };
  return {
    title: `Portfolio: ${comparison.scenario.name} — ${comparison.region} — ${names.length} service(s)`,
    subtitle: [`prices: ${priceBookLabel(comparison.priceBook)} (as of ${comparison.priceBook.asOf})`],
    sections: [summaryTable(comparison), ...portfolio.groupBy.map((tagKey, i) => groupTable(portfolio, tagKey, i)), services],
    csv: coreCsv(portfolioCsv(portfolio, reporting)),
    json: portfolioJson(portfolio, reporting),
  };
}
