import type { AnalysisFailure } from "../../lib/analysis-failure";
import { memo, useDeferredValue } from "react";
import type { FieldErrors } from "../../lib/field-errors";
import { fieldLabel } from "../../lib/field-labels";
import type { ServiceRow } from "../../lib/service-row";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView } from "../../lib/view-types";
import { CostByCategoryPanel, ScalePanel, TcoBreakEvens } from "./charts-panel";
import { ExcludedServicesNotice } from "./excluded-services-notice";
import { HandoutWorkload } from "./handout-workload";
import { LineItems } from "./line-items";
import { NodePlansPanel } from "./node-plans-panel";
import { NotEstimatedNotice } from "./not-estimated-notice";
import { PatternNotes } from "./pattern-notes";
import { RecommendationPanel } from "./recommendation-panel";
import { TotalsTable } from "./totals-table";
import { SensitivityPanel } from "./sensitivity-panel";
import { TcoPanel } from "./tco-panel";
import { TradeOffPanel } from "./trade-off-panel";
import { ReportingContext, useReportingOf } from "../../lib/reporting";

const NO_ROWS: readonly number[] = [];

/** Every result panel, in budget-review order. `isStale` dims a last-good view while inputs are wrong. */
export const Results = memo(function Results(props: {
  view: CalculatorView | null;
  complete?: CalculatorView | null;
  /** Why the full model (break-evens, curves) has no result for these inputs; null while it runs. */
  analysisFailure?: AnalysisFailure | null;
  errors: FieldErrors;
  /** The form's service rows: an error names its service and field label, never `services[0].vcpu`. */
  services: readonly ServiceRow[];
  isStale: boolean;
  /** Form rows left out of `view` because of their own errors (the rest is priced). */
  excludedRows?: readonly number[];
  t: Messages;
  locale: Locale;
}) {
  const { view, t, locale } = props;
  // The full model (break-even search, scale curves) arrives later (worker): it only re-renders the panels that show it.
  const complete = props.complete ?? (view?.isComplete ? view : null);
  const messages = Object.entries(props.errors);
  // The panels above the fold (recommendation, totals, cost chart) update at once; the rest renders
  // as a deferred, interruptible update right after, so typing never waits for the long tables.
  const later = useDeferredValue(view);
  const reporting = useReportingOf(view?.json);
  return (
    <div className="results" aria-live="polite">
      {messages.length ? (
        <div className="error-summary" role="alert" data-testid="error-summary">
          <h2>{t.errorsTitle}</h2>
          <ul>
            {messages.map(([field, message]) => (
              <li key={field}>
                <strong>{fieldLabel(field, props.services, t)}</strong>: {message}
              </li>
            ))}
          </ul>
          {view && props.isStale ? <p>{t.staleNote}</p> : null}
        </div>
      ) : null}
      {view ? (
        // Every figure below in the model's reporting currency, at its one rate (issue 21).
        <ReportingContext value={reporting}>
          <div
            className={props.isStale ? "stale" : undefined}
            data-testid="results"
            data-region={view.json.region}
            data-currency={view.json.reporting.currency}
          >
            {props.isStale ? null : (
              <ExcludedServicesNotice excludedRows={props.excludedRows ?? NO_ROWS} errors={props.errors} services={props.services} t={t} />
            )}
            {/* print only: drawn with the deferred panels (a 200-service handout table is ~1,400 elements) */}
            {later ? <HandoutWorkload view={later} t={t} locale={locale} /> : null}
            <RecommendationPanel view={view} complete={complete} analysisFailure={props.analysisFailure} t={t} locale={locale} />
            <section className="panel">
              <TotalsTable patterns={view.patterns} t={t} locale={locale} />
              <p className="hint" data-testid="rounding-note">
                {view.json.reporting.currency === "JPY" ? t.roundingNoteJpy : t.roundingNote}
              </p>
            </section>
            <NotEstimatedNotice items={view.json.notEstimated} t={t} locale={locale} />
            <CostByCategoryPanel patterns={view.patterns} opsLevel={view.json.tco.level} t={t} locale={locale} />
            {later ? <BelowTheFold view={later} t={t} locale={locale} /> : null}
            {later ? (
              <ScalePanel complete={complete} analysisFailure={props.analysisFailure} patterns={later.patterns} t={t} locale={locale} />
            ) : null}
            {later ? (
              <TcoBreakEvens complete={complete} analysisFailure={props.analysisFailure} patterns={later.patterns} t={t} locale={locale} />
            ) : null}
          </div>
        </ReportingContext>
      ) : null}
    </div>
  );
});

const BelowTheFold = memo(function BelowTheFold(props: { view: CalculatorView; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  return (
    <>
      <TcoPanel view={view} t={t} locale={locale} />
      <SensitivityPanel view={view} t={t} locale={locale} />
      <TradeOffPanel matrix={view.tradeOffs} patterns={view.patterns} t={t} locale={locale} />
      <NodePlansPanel patterns={view.patterns} t={t} locale={locale} />
      <section className="panel line-items-panel" aria-labelledby="lines-title">
        <h2 id="lines-title">{t.lineItems}</h2>
        <p className="scroll-hint">{t.scrollHint}</p>
        {view.patterns.map((pattern) => (
          <LineItems key={pattern.id} pattern={pattern} t={t} locale={locale} />
        ))}
      </section>
      <PatternNotes patterns={view.patterns} t={t} locale={locale} />
    </>
  );
});
