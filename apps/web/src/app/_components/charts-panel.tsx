import type { AnalysisFailure } from "../../lib/analysis-failure";
import { AnalysisStatus } from "./analysis-status";
import { COST_CATEGORIES, type OpsLevel } from "@repo/core";
import { memo, useCallback, useMemo, useRef } from "react";
import { useStable } from "../../lib/use-stable";
import { categorySeries, crossingMarkers, curveData, patternSeries, stackedBarData } from "../../lib/chart-data";
import { formatNumber } from "../../lib/format";
import { chartLabel, useReporting } from "../../lib/reporting";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView, PatternView } from "../../lib/view-types";
import { ScaleChart } from "./lazy-charts.client";
import { StackedCostChart } from "./stacked-cost-chart";
import { Money } from "./money";
import { TemplateText } from "./template-text";
import { WhenVisible } from "./when-visible.client";

const factorLabel = (factor: number | string, locale: Locale) => `×${formatNumber(factor, locale, 6)}`;

/**
 * The patterns as the curve panels read them (series, table columns: id, label, lower bound), the same array
 * while those are the same — each new view brings new but equal pattern objects. The rate needs no such step:
 * the reporting context is already one object while it is the same (lib/reporting.ts `useReportingOf`).
 */
function useCurvePatterns(patterns: PatternView[]): PatternView[] {
  return useStable(patterns, patterns.map((p) => `${p.id}|${p.label}|${p.lowerBound}`).join(","));
}

/**
 * The full model to draw the scale charts from: the current one, or — while the next one is being computed
 * (no failure) — the last one, marked stale and dimmed like the totals while they recalculate. The charts stay
 * mounted across a keystroke instead of unmounting and mounting again (issue 19 item 5: that was ~45 ms of
 * main-thread time per chart and change). A failure shows no curves: they would not come back.
 */
function useShownCurves(complete: CalculatorView | null, failure: AnalysisFailure | null | undefined) {
  const last = useRef<CalculatorView | null>(null);
  if (complete) last.current = complete;
  if (complete || failure) return { shown: complete, isStale: false };
  return { shown: last.current, isStale: last.current !== null };
}

/**
 * The stacked cost bar (AWS categories + ops effort at the headline band) and its table alternative.
 * Memoised on the patterns: the deferred full model does not redraw the chart.
 */
export const CostByCategoryPanel = memo(function CostByCategoryPanel(props: {
  patterns: PatternView[];
  opsLevel: OpsLevel;
  t: Messages;
  locale: Locale;
}) {
  const { t, locale, patterns } = props;
  const reporting = useReporting();
  const used = COST_CATEGORIES.filter((category) => patterns.some((pattern) => pattern.byCategory[category] !== undefined));
  // the chart's props other than its data keep their identity (it is memoised)
  const series = useMemo(() => categorySeries(t), [t]);
  const formatValue = useCallback((value: number) => chartLabel(value, reporting, locale), [reporting, locale]);
  return (
    <section className="panel" aria-labelledby="category-title">
      <h2 id="category-title">{t.byCategory}</h2>
      <StackedCostChart title={t.byCategory} data={stackedBarData(patterns, reporting)} series={series} formatValue={formatValue} />
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        <table data-testid="category-table">
          <thead>
            <tr>
              <th scope="col">{t.pattern}</th>
              {used.map((c) => (
                <th key={c} scope="col">
                  {t[`category.${c}`]}
                </th>
              ))}
              <th scope="col">{t.tcoMonthly}</th>
            </tr>
          </thead>
          <tbody>
            {patterns.map((pattern) => (
              <tr key={pattern.id}>
                <th scope="row">{pattern.label}</th>
                {used.map((c) => (
                  <td key={c} className="num">
                    <Money usd={pattern.byCategory[c] ?? (pattern.monthlyUsd === null ? null : "0")} locale={locale} />
                  </td>
                ))}
                <td className="num">
                  <Money
                    usd={pattern.tco.monthlyUsd?.[props.opsLevel] ?? pattern.monthlyUsd}
                    lowerBound={pattern.lowerBound}
                    locale={locale}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});

/** One of the core's scale curves (AWS bill or TCO) as a chart with its table alternative. */
function CurveTable(props: {
  complete: CalculatorView;
  patterns: PatternView[];
  amount: "infraUsd" | "tcoUsd";
  testId: string;
  t: Messages;
  locale: Locale;
}) {
  const { complete, patterns, amount, t, locale } = props;
  return (
    <details className="chart-table">
      <summary>{t.showTable}</summary>
      <table data-testid={props.testId}>
        <thead>
          <tr>
            <th scope="col">{t.scale}</th>
            {patterns.map((p) => (
              <th key={p.id} scope="col">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {complete.json.curves.map((point) => (
            <tr key={point.multiplier.fraction}>
              <th scope="row">
                {factorLabel(point.multiplier.value, locale)} ({point.totalTasks} {t.tasks})
              </th>
              {patterns.map((p) => (
                <td key={p.id} className="num">
                  <Money usd={point.patterns[p.id]?.[amount] ?? null} lowerBound={p.lowerBound} locale={locale} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The AWS bill against scale: the core's curves (drawn once the full model has run). */
export const ScalePanel = memo(function ScalePanel(props: {
  complete: CalculatorView | null;
  analysisFailure?: AnalysisFailure | null;
  patterns: PatternView[];
  t: Messages;
  locale: Locale;
}) {
  const { t, locale } = props;
  const patterns = useCurvePatterns(props.patterns);
  const reporting = useReporting();
  const { shown: complete, isStale } = useShownCurves(props.complete, props.analysisFailure);
  // Drawn again only when the result, the patterns' columns, the rate or the language change.
  const curves = useMemo(
    () =>
      complete === null || complete.json.curves.length === 0 ? null : (
        <>
          <WhenVisible>
            <ScaleChart
              title={t.scaleChart}
              isLinear
              data={curveData(complete.json.curves, "infraUsd", reporting)}
              series={patternSeries(patterns)}
              markers={[]}
              formatValue={(value) => chartLabel(value, reporting, locale)}
              formatFactor={(factor) => factorLabel(factor, locale)}
            />
          </WhenVisible>
          <CurveTable complete={complete} patterns={patterns} amount="infraUsd" testId="scale-table" t={t} locale={locale} />
        </>
      ),
    [complete, patterns, reporting, t, locale],
  );
  return (
    <section className="panel screen-only" aria-labelledby="scale-title">
      <h2 id="scale-title">{t.scaleChart}</h2>
      <p className="hint">{t.scaleFromCore}</p>
      {complete === null || isStale ? <AnalysisStatus failure={props.analysisFailure} t={t} /> : null}
      {curves ? <div className={isStale ? "stale" : undefined}>{curves}</div> : null}
    </section>
  );
});

/** The core's TCO curves and exact break-evens (deferred: computed in a worker after the fast result is drawn). */
export function TcoBreakEvens(props: {
  complete: CalculatorView | null;
  analysisFailure?: AnalysisFailure | null;
  patterns: PatternView[];
  t: Messages;
  locale: Locale;
}) {
  const { t, locale, complete } = props;
  const patterns = useCurvePatterns(props.patterns);
  const reporting = useReporting();
  // The chart and its table may show the last result, dimmed, while the next one is computed; the crossings
  // are listed from the current result only.
  const { shown, isStale } = useShownCurves(complete, props.analysisFailure);
  const label = (id: string) => patterns.find((pattern) => pattern.id === id)?.label ?? id;
  const crossings = complete ? complete.json.breakEven.pairs.flatMap((pair) => pair.crossings.map((c) => ({ pair, c }))) : [];
  // Drawn again only when the result, the patterns' columns, the rate or the language change.
  const drawn = useMemo(
    () =>
      shown === null || shown.json.curves.length === 0
        ? null
        : {
            chart: (
              <WhenVisible>
                <ScaleChart
                  title={t.tcoBreakEvens}
                  testId="tco-curve-chart"
                  isLinear
                  data={curveData(shown.json.curves, "tcoUsd", reporting)}
                  series={patternSeries(patterns)}
                  markers={crossingMarkers(shown.json.breakEven, patterns, reporting)}
                  formatValue={(value) => chartLabel(value, reporting, locale)}
                  formatFactor={(factor) => factorLabel(factor, locale)}
                />
              </WhenVisible>
            ),
            table: <CurveTable complete={shown} patterns={patterns} amount="tcoUsd" testId="tco-curve-table" t={t} locale={locale} />,
          },
    [shown, patterns, reporting, t, locale],
  );
  return (
    <section className="panel screen-only" aria-labelledby="tco-break-evens-title">
      <h2 id="tco-break-evens-title">{t.tcoBreakEvens}</h2>
      {drawn ? <div className={isStale ? "stale" : undefined}>{drawn.chart}</div> : null}
      {complete === null ? (
        <AnalysisStatus failure={props.analysisFailure} t={t} />
      ) : crossings.length === 0 ? (
        <p data-testid="tco-break-evens">
          <TemplateText
            template={t.noTcoBreakEven}
            values={{
              from: factorLabel(complete.json.breakEven.searchedFrom.value, locale),
              to: factorLabel(complete.json.breakEven.searchedTo.value, locale),
            }}
          />
        </p>
      ) : (
        <ul data-testid="tco-break-evens">
          {crossings.map(({ pair, c }) => (
            <li key={`${pair.a}-${pair.b}-${c.multiplier.fraction}`}>
              {factorLabel(c.multiplier.value, locale)} ({c.totalTasks} {t.tasks}):{" "}
              {c.cheaperBefore === "tie" ? t.tie : label(c.cheaperBefore)} → {c.cheaperAfter === "tie" ? t.tie : label(c.cheaperAfter)}
            </li>
          ))}
        </ul>
      )}
      {drawn ? <div className={isStale ? "stale" : undefined}>{drawn.table}</div> : null}
    </section>
  );
}
