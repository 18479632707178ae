import type { Locale, Messages } from "../../lib/i18n";
import type { Recommendation } from "../../lib/view-types";
import { Money } from "./money";

/** The recommended pattern and why (for now: cheapest fully priced; the core's analysis replaces it). */
export function RecommendationPanel(props: { recommendation: Recommendation | null; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { recommendation: rec, t } = props;
  return (
    <section className="panel recommendation" aria-labelledby="recommendation-title" data-testid="recommendation">
      <h2 id="recommendation-title">{t.recommendation}</h2>
      {rec ? (
        <>
          <p className="headline">
            <strong>{rec.label}</strong> {t.recommendCheapest}: <Money usd={rec.monthlyUsd} locale={props.locale} jpyPerUsd={props.jpyPerUsd} />
          </p>
          {rec.runnerUp ? (
            <p>
              <Money usd={rec.runnerUp.savingsUsd} locale={props.locale} jpyPerUsd={props.jpyPerUsd} /> {t.cheaperThan} {rec.runnerUp.label}
              {" ("}<Money usd={rec.runnerUp.monthlyUsd} locale={props.locale} jpyPerUsd={props.jpyPerUsd} />{")"}
            </p>
          ) : null}
          {rec.excluded.length ? (
            <p>{t.excluded}: {rec.excluded.map((pattern) => `${pattern.label} (${t[`status.${pattern.status}`]})`).join(", ")}</p>
          ) : null}
        </>
      ) : (
        <p>{t.noRecommendation}</p>
      )}
    </section>
  );
}
