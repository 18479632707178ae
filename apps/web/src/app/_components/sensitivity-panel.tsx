import { memo } from "react";
import { parseDecimal, PATTERN_LABELS } from "@repo/core";
import { formatMoney, formatNumber, toChartNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView, SensitivityView } from "../../lib/view-types";
import { TornadoChart } from "./lazy-charts.client";
import { Money } from "./money";

/** Change of the baseline-cheapest pattern's TCO at an end of the range (exact, then a chart number). */
export function tornadoDelta(row: SensitivityView, end: "low" | "high", baselineUsd: string): number {
  const tco = row[end].tcoUsd;
  return tco === null ? 0 : toChartNumber(parseDecimal(tco).minus(parseDecimal(baselineUsd)).toFixed());
}

/** The core's sensitivity rows as a tornado chart, with the switch points in a table alternative. */
export const SensitivityPanel = memo(function SensitivityPanel(props: { view: CalculatorView; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { view, t, locale, jpyPerUsd } = props;
  const best = view.patterns.find((p) => p.id === view.sensitivity[0]?.cheapestAtBaseline);
  const baseline = best?.tco?.monthlyUsd[view.opsLevel];
  if (!best || !baseline) return null;
  const data = view.sensitivity.map((row) => ({ label: row.label, low: tornadoDelta(row, "low", baseline), high: tornadoDelta(row, "high", baseline) }));
  const value = (text: string, unit: string) => `${formatNumber(text, locale, 3)} ${unit}`;
  return (
    <section className="panel" aria-labelledby="sensitivity-title" data-testid="sensitivity">
      <h2 id="sensitivity-title">{t.sensitivity}</h2>
      <p className="hint">{t.sensitivityNote} {best.label} (<Money usd={baseline} locale={locale} jpyPerUsd={jpyPerUsd} />)</p>
      <TornadoChart title={t.sensitivity} data={data} lowLabel={t.lowEnd} highLabel={t.highEnd} formatValue={(v) => formatMoney(v.toFixed(2), locale)} />
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        <table data-testid="sensitivity-table">
          <thead>
            <tr><th scope="col">{t.assumption}</th><th scope="col">{t.baseline}</th><th scope="col">{t.lowEnd}</th><th scope="col">{t.highEnd}</th><th scope="col">{t.switchPoint}</th></tr>
          </thead>
          <tbody>
            {view.sensitivity.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td className="num">{value(row.baseline, row.unit)}</td>
                <td className="num">{value(row.low.value, row.unit)}: <Money usd={row.low.tcoUsd} locale={locale} jpyPerUsd={jpyPerUsd} /></td>
                <td className="num">{value(row.high.value, row.unit)}: <Money usd={row.high.tcoUsd} locale={locale} jpyPerUsd={jpyPerUsd} /></td>
                <td>
                  {row.switchBelow ? `≤ ${value(row.switchBelow.value, row.unit)} → ${PATTERN_LABELS[row.switchBelow.to]}` : ""}
                  {row.switchBelow && row.switchAbove ? "; " : ""}
                  {row.switchAbove ? `≥ ${value(row.switchAbove.value, row.unit)} → ${PATTERN_LABELS[row.switchAbove.to]}` : ""}
                  {!row.switchBelow && !row.switchAbove ? t.noSwitch : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});
