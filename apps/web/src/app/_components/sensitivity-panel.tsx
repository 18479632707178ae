import { memo, type ReactNode } from "react";
import { READING_FORMATS } from "@repo/core";
import { renderCoreMessage } from "../../lib/core-messages";
import { formatMoney, toChartNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView, SensitivityView } from "../../lib/view-types";
import { TornadoChart } from "./lazy-charts.client";
import { Money } from "./money";

/** The core's TCO of the baseline-cheapest pattern at one end of a row's range (null when not priced there). */
export const endTcoUsd = (row: SensitivityView, end: "low" | "high"): string | null =>
  row.cheapestAtBaseline ? (row[end].tcoUsd[row.cheapestAtBaseline] ?? null) : null;

/** The core's change of the baseline-cheapest pattern's TCO at an end of the range (`deltaUsd`), as a chart number: geometry only. */
export function tornadoDelta(row: SensitivityView, end: "low" | "high"): number {
  const delta = row[end].deltaUsd;
  return delta === null ? 0 : toChartNumber(delta);
}

/** The core's sensitivity rows as a tornado chart, with the switch points in a table alternative. */
export const SensitivityPanel = memo(function SensitivityPanel(props: {
  view: CalculatorView;
  t: Messages;
  locale: Locale;
  jpyPerUsd: string;
}) {
  const { view, t, locale, jpyPerUsd } = props;
  const rows = view.json.sensitivity.filter((row) => row.available);
  const best = view.patterns.find((p) => p.id === rows[0]?.cheapestAtBaseline);
  const baseline = best?.tco.monthlyUsd?.[view.json.tco.level];
  const label = (id: string) => view.patterns.find((p) => p.id === id)?.label ?? id;
  if (!best || !baseline) return null;
  const data = rows.map((row) => ({
    label: renderCoreMessage(row.labelMessage, locale),
    low: tornadoDelta(row, "low"),
    high: tornadoDelta(row, "high"),
  }));
  // Issue 20 item 4: each value in its reading unit (the core's valueFormat: $/h, ×, %), exact on hover.
  const value = (row: SensitivityView, exact: string): ReactNode =>
    row.valueFormat === "money" ? (
      <>
        <Money usd={exact} locale={locale} jpyPerUsd={jpyPerUsd} />
        {t.perHour}
      </>
    ) : (
      <span title={READING_FORMATS[row.valueFormat]?.(exact, true)}>{READING_FORMATS[row.valueFormat]?.(exact, false) ?? exact}</span>
    );
  return (
    <section className="panel screen-only" aria-labelledby="sensitivity-title" data-testid="sensitivity">
      <h2 id="sensitivity-title">{t.sensitivity}</h2>
      <p className="hint">
        {t.sensitivityNote} {best.label} (<Money usd={baseline} lowerBound={best.lowerBound} locale={locale} jpyPerUsd={jpyPerUsd} />)
      </p>
      <TornadoChart
        title={t.sensitivity}
        data={data}
        lowLabel={t.lowEnd}
        highLabel={t.highEnd}
        formatValue={(v) => formatMoney(v.toFixed(2), locale)}
      />
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
                <th scope="row" title={renderCoreMessage(row.basisMessage, locale)}>
                  {renderCoreMessage(row.labelMessage, locale)}
                  <div className="detail">{renderCoreMessage(row.unitMessage, locale)}</div>
                </th>
                <td className="num">{value(row, row.baseline)}</td>
                <td className="num">
                  {value(row, row.low.value)}:{" "}
                  <Money usd={endTcoUsd(row, "low")} lowerBound={best.lowerBound} locale={locale} jpyPerUsd={jpyPerUsd} />
                </td>
                <td className="num">
                  {value(row, row.high.value)}:{" "}
                  <Money usd={endTcoUsd(row, "high")} lowerBound={best.lowerBound} locale={locale} jpyPerUsd={jpyPerUsd} />
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
