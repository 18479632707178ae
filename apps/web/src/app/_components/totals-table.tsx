import { memo } from "react";
import type { Locale, Messages } from "../../lib/i18n";
import type { PatternView } from "../../lib/view-types";
import { Money } from "./money";

/** Monthly, yearly and 3-year totals per pattern, with each pattern's status; a lower bound (rates missing) reads "≥ $X". */
export const TotalsTable = memo(function TotalsTable(props: { patterns: PatternView[]; t: Messages; locale: Locale }) {
  const { t } = props;
  return (
    <table className="totals" data-testid="totals">
      <caption>{t.totals}</caption>
      <thead>
        <tr>
          <th scope="col">{t.pattern}</th>
          <th scope="col">{t.status}</th>
          <th scope="col">{t.monthly}</th>
          <th scope="col">{t.yearly}</th>
          <th scope="col">{t.threeYears}</th>
        </tr>
      </thead>
      <tbody>
        {props.patterns.map((pattern) => (
          <tr key={pattern.id} data-pattern={pattern.id}>
            <th scope="row">{pattern.label}</th>
            <td className={`status status-${pattern.status}`}>{t[`status.${pattern.status}`]}</td>
            <td className="num">
              <Money usd={pattern.monthlyUsd} lowerBound={pattern.lowerBound} locale={props.locale} testId={`monthly-${pattern.id}`} />
            </td>
            <td className="num">
              <Money usd={pattern.yearlyUsd} lowerBound={pattern.lowerBound} locale={props.locale} />
            </td>
            <td className="num">
              <Money usd={pattern.threeYearUsd} lowerBound={pattern.lowerBound} locale={props.locale} />
            </td>
          </tr>
        ))}
      </tbody>
      {props.patterns.some((pattern) => pattern.lowerBound) ? (
        <tfoot>
          <tr>
            <td colSpan={5} className="hint" data-testid="lower-bound-note">
              {t.lowerBoundNote}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
});
