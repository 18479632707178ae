import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView, DeferredAnalysis } from "../../lib/view-types";
import { Money } from "./money";

/** The core's recommendation: cheapest TCO at the headline ops band, its reasons and what would change it. */
export function RecommendationPanel(props: { view: CalculatorView; analysis?: DeferredAnalysis | null; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { view, t, locale, jpyPerUsd } = props;
  const analysis = props.analysis ?? view.analysis;
  const rec = analysis ? analysis.recommendation : view.recommendation;
  return (
    <section className="panel recommendation" aria-labelledby="recommendation-title" data-testid="recommendation" data-pattern={rec?.patternId ?? ""}>
      <h2 id="recommendation-title">{t.recommendation}</h2>
      {rec ? (
        <>
          <p className="headline">
            <strong>{rec.label}</strong> {t.recommendCheapest} ({t[`level.${rec.level}`]}): <Money usd={rec.monthlyUsd} locale={locale} jpyPerUsd={jpyPerUsd} testId="recommended-tco" />
          </p>
          {rec.runnerUp ? (
            <p><Money usd={rec.runnerUp.leadMonthlyUsd} locale={locale} jpyPerUsd={jpyPerUsd} /> {t.cheaperThan} {rec.runnerUp.label}</p>
          ) : null}
          <h3>{t.reasons}</h3>
          <ul data-testid="recommendation-reasons">{rec.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
          <h3>{t.wouldChange}</h3>
          {rec.wouldChange.length ? <ul data-testid="would-change">{rec.wouldChange.map((text) => <li key={text}>{text}</li>)}</ul> : null}
          {analysis ? null : <p className="hint" role="status" data-testid="analysis-pending">{t.analysisPending}</p>}
        </>
      ) : (
        <p>{t.noRecommendation}</p>
      )}
    </section>
  );
}
