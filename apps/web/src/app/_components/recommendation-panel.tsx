import { memo } from "react";
import { coreMessageTitle, renderCoreMessage } from "../../lib/core-messages";
import type { AnalysisFailure } from "../../lib/analysis-failure";
import { AnalysisStatus } from "./analysis-status";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView } from "../../lib/view-types";
import { useMessageOptions } from "../../lib/reporting";
import { Money } from "./money";
import { TemplateText } from "./template-text";

/**
 * The core's recommendation: cheapest TCO at the headline ops band, its reasons and what would
 * change it, rendered from the core's message codes in the page's language (rounded for reading, exact on hover). "What would change it" rests on the break-even search, so it is shown once the full
 * model (`complete`) has run; until then the panel says it is pending.
 */
export const RecommendationPanel = memo(function RecommendationPanel(props: {
  view: CalculatorView;
  complete?: CalculatorView | null;
  /** Why the full model has no result (shown instead of "searching"); null while it runs. */
  analysisFailure?: AnalysisFailure | null;
  t: Messages;
  locale: Locale;
}) {
  const { view, t, locale } = props;
  const complete = props.complete ?? (view.isComplete ? view : null);
  const options = useMessageOptions(locale);
  const shown = complete ?? view;
  const rec = shown.json.recommendation;
  const label = (id: string | null) => shown.patterns.find((p) => p.id === id)?.label ?? id ?? "";
  const best = shown.patterns.find((p) => p.id === rec.pattern);
  const runnerUp = shown.patterns.find((p) => p.id === rec.runnerUp);
  return (
    <section
      className="panel recommendation"
      aria-labelledby="recommendation-title"
      data-testid="recommendation"
      data-pattern={rec.pattern ?? ""}
    >
      <h2 id="recommendation-title">{t.recommendation}</h2>
      {rec.pattern && rec.monthlyUsd ? (
        <>
          <p className="headline">
            <TemplateText
              template={t.recommendCheapest}
              values={{
                pattern: <strong>{label(rec.pattern)}</strong>,
                level: t[`level.${rec.level}`],
                amount: <Money usd={rec.monthlyUsd} lowerBound={best?.lowerBound} locale={locale} testId="recommended-tco" />,
              }}
            />
          </p>
          {rec.runnerUp && rec.leadMonthlyUsd ? (
            // A lead over a runner-up whose total is a lower bound is itself a lower bound (its real bill is higher).
            <p>
              <TemplateText
                template={t.cheaperThan}
                values={{
                  runnerUp: label(rec.runnerUp),
                  amount: <Money usd={rec.leadMonthlyUsd} lowerBound={runnerUp?.lowerBound && !best?.lowerBound} locale={locale} />,
                }}
              />
            </p>
          ) : null}
          {best?.lowerBound || runnerUp?.lowerBound ? (
            <p className="warning" data-testid="recommendation-lower-bound">
              {t.rankingLowerBound}
            </p>
          ) : null}
          <h3>{t.reasons}</h3>
          <ul data-testid="recommendation-reasons">
            {rec.reasonMessages.map((reason, i) => (
              <li key={rec.reasons[i] ?? i} title={coreMessageTitle(reason, locale, options)}>
                {renderCoreMessage(reason, locale, options)}
              </li>
            ))}
          </ul>
          <h3>{t.wouldChange}</h3>
          {complete ? (
            <ul data-testid="would-change">
              {rec.wouldChangeMessages.map((change, i) => (
                <li key={rec.wouldChange[i] ?? i} title={coreMessageTitle(change, locale, options)}>
                  {renderCoreMessage(change, locale, options)}
                </li>
              ))}
            </ul>
          ) : (
            <AnalysisStatus failure={props.analysisFailure} t={t} testId="analysis-pending" />
          )}
        </>
      ) : (
        <p>{t.noRecommendation}</p>
      )}
    </section>
  );
});
