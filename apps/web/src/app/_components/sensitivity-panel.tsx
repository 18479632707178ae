import { memo, type ReactNode, useCallback } from "react";
import { READING_FORMATS, type ReportingCurrency } from "@repo/core";
import { renderCoreMessage } from "../../lib/core-messages";
import { chartLabel, chartNumber, USD_REPORTING, useMessageOptions, useReporting } from "../../lib/reporting";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView, SensitivityView } from "../../lib/view-types";
import { TornadoChart } from "./lazy-charts.client";
import { Money } from "./money";
import { WhenVisible } from "./when-visible.client";

/** The core's TCO of the baseline-cheapest pattern at one end of a row's range (null when not priced there). */
export const endTcoUsd = (row: SensitivityView, end: "low" | "high"): string | null =>
  row.cheapestAtBaseline ? (row[end].tcoUsd[row.cheapestAtBaseline] ?? null) : null;

/** The core's change of the baseline-cheapest pattern's TCO at an end of the range (`deltaUsd`), as a chart number in the reporting currency: geometry only. */
export function tornadoDelta(row: SensitivityView, end: "low" | "high", reporting: ReportingCurrency = USD_REPORTING): number {
  const delta = row[end].deltaUsd;
  return delta === null ? 0 : chartNumber(delta, reporting);
}

/** The core's sensitivity rows as a tornado chart, with the switch points in a table alternative. */
export const SensitivityPanel = memo(function SensitivityPanel(props: { view: CalculatorView; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  const reporting = useReporting();
  const formatValue = useCallback((value: number) => chartLabel(value, reporting, locale), [reporting, locale]);
  const options = useMessageOptions(locale);
  const rows = view.json.sensitivity.filter((row) => row.available);
  const best = view.patterns.find((p) => p.id === rows[0]?.cheapestAtBaseline);
  const baseline = best?.tco.monthlyUsd?.[view.json.tco.level];
  const label = (id: string) => view.patterns.find((p) => p.id === id)?.label ?? id;
  if (!best || !baseline) return null;
  const data = rows.map((row) => ({
    label: renderCoreMessage(row.labelMessage, locale),
    low: tornadoDelta(row, "low", reporting),
    high: tornadoDelta(row, "high", reporting),
  }));
  // Issue 20 item 4: each value in its reading unit (the core's valueFormat: $/h, ×, %), exact on hover.
  const value = (row: SensitivityView, exact: string): ReactNode =>
    row.valueFormat === "money" ? (
      <>
        <Money usd={exact} locale={locale} />
        {t.perHour}
      </>
    ) : (
      <span title={READING_FORMATS[row.valueFormat]?.(exact, true)}>{READING_FORMATS[row.valueFormat]?.(exact, false) ?? exact}</span>
    );
  return (
    <section className="panel screen-only" aria-labelledby="sensitivity-title" data-testid="sensitivity">
      <h2 id="sensitivity-title">{t.sensitivity}</h2>
      <p className="hint">
        {t.sensitivityNote} {best.label} (<Money usd={baseline} lowerBound={best.lowerBound} locale={locale} />)
      </p>
      <WhenVisible>
        <TornadoChart title={t.sensitivity} data={data} lowLabel={t.lowEnd} highLabel={t.highEnd} formatValue={formatValue} />
      </WhenVisible>
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        <table data-testid="sensitivity-table">
          <thead>
            <tr>
              <th scope="col">{t.assumption}</th>
              <th scope="col">{t.baseline}</th>
              <th scope="col">{t.lowEnd}</th>
              <th scope="col">{t.highEnd}</th>
              <th scope="col">{t.switchPoint}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" title={renderCoreMessage(row.basisMessage, locale, options)}>
                  {renderCoreMessage(row.labelMessage, locale)}
                  <div className="detail">
                    {row.valueFormat === "money" && reporting.currency !== "USD"
                      ? t.jpyPerHourUnit
                      : renderCoreMessage(row.unitMessage, locale)}
                  </div>
                </th>
                <td className="num">{value(row, row.baseline)}</td>
                <td className="num">
                  {value(row, row.low.value)}: <Money usd={endTcoUsd(row, "low")} lowerBound={best.lowerBound} locale={locale} />
                </td>
                <td className="num">
                  {value(row, row.high.value)}: <Money usd={endTcoUsd(row, "high")} lowerBound={best.lowerBound} locale={locale} />
                </td>
                <td>
                  {row.switchBelow ? (
                    <>
                      ≤ {value(row, row.switchBelow.value)} → {label(row.switchBelow.to)}
                    </>
                  ) : null}
                  {row.switchBelow && row.switchAbove ? "; " : ""}
                  {row.switchAbove ? (
                    <>
                      ≥ {value(row, row.switchAbove.value)} → {label(row.switchAbove.to)}
                    </>
                  ) : null}
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
