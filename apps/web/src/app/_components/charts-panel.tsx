import { COST_CATEGORIES, type OpsLevel } from "@repo/core";
import { memo } from "react";
import { breakEvenMarkers, categorySeries, crossingMarkers, curveData, PATTERN_COLORS, scaleData, stackedBarData } from "../../lib/chart-data";
import { formatMoney, formatNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView, DeferredAnalysis, PatternView } from "../../lib/view-types";
import { ScaleChart, StackedCostChart } from "./lazy-charts.client";
import { Money } from "./money";

const factorLabel = (factor: number, locale: Locale) => `×${formatNumber(factor, locale, 3)}`;

/**
 * The stacked cost bar (AWS categories + ops effort at the headline band) and its table alternative.
 * Memoised on the patterns: the deferred break-even result does not redraw the chart.
 */
export const CostByCategoryPanel = memo(function CostByCategoryPanel(props: { patterns: PatternView[]; opsLevel: OpsLevel; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { t, locale } = props;
  const view = { patterns: props.patterns, opsLevel: props.opsLevel };
  const used = COST_CATEGORIES.filter((category) => view.patterns.some((pattern) => pattern.byCategory[category] !== undefined));
  return (
    <section className="panel" aria-labelledby="category-title">
      <h2 id="category-title">{t.byCategory}</h2>
      <StackedCostChart title={t.byCategory} data={stackedBarData(view.patterns)} series={categorySeries(t)}
        formatValue={(value) => formatMoney(value.toFixed(2), locale)} />
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        <table data-testid="category-table">
          <thead><tr><th scope="col">{t.pattern}</th>{used.map((c) => <th key={c} scope="col">{t[`category.${c}`]}</th>)}<th scope="col">{t.tcoMonthly}</th></tr></thead>
          <tbody>
            {view.patterns.map((pattern) => (
              <tr key={pattern.id}>
                <th scope="row">{pattern.label}</th>
                {used.map((c) => <td key={c} className="num"><Money usd={pattern.byCategory[c] ?? (pattern.monthlyUsd === null ? null : "0")} locale={locale} jpyPerUsd={props.jpyPerUsd} /></td>)}
                <td className="num"><Money usd={pattern.tco?.monthlyUsd[view.opsLevel] ?? pattern.monthlyUsd} locale={locale} jpyPerUsd={props.jpyPerUsd} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});

/** Cost against scale, the break-even points in words, and the table alternative. */
export const ScalePanel = memo(function ScalePanel(props: { view: CalculatorView; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { view, t, locale } = props;
  const label = (id: string) => view.patterns.find((pattern) => pattern.id === id)?.label ?? id;
  const series = view.patterns.map((pattern) => ({ key: pattern.id, label: pattern.label, color: PATTERN_COLORS[pattern.id] }));
  return (
    <section className="panel" aria-labelledby="scale-title">
      <h2 id="scale-title">{t.scaleChart}</h2>
      <ScaleChart title={t.scaleChart} data={scaleData(view.scale.points)} series={series} markers={breakEvenMarkers(view.scale.breakEvens, view.patterns)}
        formatValue={(value) => formatMoney(value.toFixed(2), locale)} formatFactor={(factor) => factorLabel(factor, locale)} />
      <h3>{t.breakEvens}</h3>
      {view.scale.breakEvens.length === 0 ? <p data-testid="break-evens">{t.noBreakEven}</p> : (
        <ul data-testid="break-evens">
          {view.scale.breakEvens.map((point) => (
            <li key={`${point.cheaperAbove}-${point.cheaperBelow}-${point.factor}`}>
              {label(point.cheaperAbove)} {t.becomesCheaper} {label(point.cheaperBelow)} {t.atScale} {factorLabel(point.factor, locale)}
              {" ("}<Money usd={point.monthlyUsd} locale={locale} jpyPerUsd={props.jpyPerUsd} />{")"}
            </li>
          ))}
        </ul>
      )}
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        <table data-testid="scale-table">
          <thead><tr><th scope="col">{t.scale}</th>{view.patterns.map((p) => <th key={p.id} scope="col">{p.label}</th>)}</tr></thead>
          <tbody>
            {view.scale.points.map((point) => (
              <tr key={point.factor}>
                <th scope="row">{factorLabel(point.factor, locale)} ({point.taskCount} {t.tasks})</th>
                {view.patterns.map((p) => <td key={p.id} className="num"><Money usd={point.totals[p.id] ?? null} locale={locale} jpyPerUsd={props.jpyPerUsd} /></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});

/** The core's TCO break-evens (deferred: computed in a worker after the chart is redrawn). */
export function TcoBreakEvens(props: { analysis: DeferredAnalysis | null; patterns: PatternView[]; t: Messages; locale: Locale }) {
  const { t, locale } = props;
  const { analysis } = props;
  const label = (id: string) => props.patterns.find((pattern) => pattern.id === id)?.label ?? id;
  return (
    <section className="panel" aria-labelledby="tco-break-evens-title">
      <h2 id="tco-break-evens-title">{t.tcoBreakEvens}</h2>
      {analysis && analysis.curves.length > 0 ? (
        <ScaleChart title={t.tcoBreakEvens} testId="tco-curve-chart" isLinear data={curveData(analysis.curves)}
          series={props.patterns.map((pattern) => ({ key: pattern.id, label: pattern.label, color: PATTERN_COLORS[pattern.id] }))}
          markers={crossingMarkers(analysis.crossings, props.patterns)}
          formatValue={(value) => formatMoney(value.toFixed(2), locale)} formatFactor={(factor) => factorLabel(factor, locale)} />
      ) : null}
      {analysis === null ? <p className="hint" role="status">{t.analysisPending}</p>
        : analysis.crossings.length === 0 ? <p data-testid="tco-break-evens">{t.noTcoBreakEven}</p> : (
          <ul data-testid="tco-break-evens">
            {analysis.crossings.map((c) => (
              <li key={`${c.a}-${c.b}-${c.multiplier}`}>
                ×{formatNumber(c.multiplier, locale, 6)} ({c.totalTasks} {t.tasks}): {c.cheaperBefore === "tie" ? t.tie : label(c.cheaperBefore)} → {c.cheaperAfter === "tie" ? t.tie : label(c.cheaperAfter)}
              </li>
            ))}
          </ul>
        )}
      {analysis && analysis.curves.length > 0 ? (
        <details className="chart-table">
          <summary>{t.showTable}</summary>
          <table data-testid="tco-curve-table">
            <thead><tr><th scope="col">{t.scale}</th>{props.patterns.map((p) => <th key={p.id} scope="col">{p.label}</th>)}</tr></thead>
            <tbody>
              {analysis.curves.map((point) => (
                <tr key={point.multiplier}>
                  <th scope="row">×{formatNumber(point.multiplier, locale, 6)} ({point.totalTasks} {t.tasks})</th>
                  {props.patterns.map((p) => <td key={p.id} className="num">{point.tcoUsd[p.id] ? formatMoney(point.tcoUsd[p.id] ?? "0", locale) : "—"}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
