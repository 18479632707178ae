import type { Locale, Messages } from "../../lib/i18n";
import type { PatternView } from "../../lib/view-types";
import { Money } from "./money";

/** Monthly, yearly and 3-year totals per pattern, with each pattern's status. */
export function TotalsTable(props: { patterns: PatternView[]; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { t } = props;
  return (
    <table className="totals" data-testid="totals">
      <caption>{t.totals}</caption>
      <thead>
        <tr><th scope="col">{t.pattern}</th><th scope="col">{t.status}</th><th scope="col">{t.monthly}</th><th scope="col">{t.yearly}</th><th scope="col">{t.threeYears}</th></tr>
      </thead>
      <tbody>
        {props.patterns.map((pattern) => (
          <tr key={pattern.id} data-pattern={pattern.id}>
            <th scope="row">{pattern.label}</th>
            <td className={`status status-${pattern.status}`}>{t[`status.${pattern.status}`]}</td>
            <td className="num"><Money usd={pattern.monthlyUsd} locale={props.locale} jpyPerUsd={props.jpyPerUsd} testId={`monthly-${pattern.id}`} /></td>
            <td className="num"><Money usd={pattern.yearlyUsd} locale={props.locale} jpyPerUsd={props.jpyPerUsd} /></td>
            <td className="num"><Money usd={pattern.threeYearUsd} locale={props.locale} jpyPerUsd={props.jpyPerUsd} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
