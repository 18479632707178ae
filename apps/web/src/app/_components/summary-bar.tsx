import { memo } from "react";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView } from "../../lib/view-types";
import { ReportingContext, useReportingOf } from "../../lib/reporting";
import { Money } from "./money";

/**
 * The phone's summary: the core's recommendation and its monthly TCO, then each pattern's AWS
 * monthly total, in one bar that stays at the top of the screen while the form below is edited
 * (sticky on narrow screens only: globals.css). It links to the full results.
 */
export const SummaryBar = memo(function SummaryBar(props: { view: CalculatorView | null; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  const reporting = useReportingOf(view?.json);
  if (!view) return null;
  const rec = view.json.recommendation;
  const best = view.patterns.find((p) => p.id === rec.pattern);
  return (
    <ReportingContext value={reporting}>
      <aside className="summary-bar" aria-label={t.summary} data-testid="summary-bar">
        <p>
          <a href="#results-title">{t.recommendation}</a>:{" "}
          {best && rec.monthlyUsd ? (
            <>
              <strong>{best.label}</strong> <Money usd={rec.monthlyUsd} locale={locale} lowerBound={best.lowerBound} />
              <span className="detail"> {t.summaryTco}</span>
            </>
          ) : (
            t.noRecommendationShort
          )}
        </p>
        <ul>
          {view.patterns.map((p) => (
            <li key={p.id}>
              {p.label}: <Money usd={p.monthlyUsd} locale={locale} lowerBound={p.lowerBound} />
            </li>
          ))}
        </ul>
      </aside>
    </ReportingContext>
  );
});
