import { formatNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { PatternView } from "../../lib/view-types";
import { Money } from "./money";

/** Every cost line of one pattern: quantity × rate = monthly, with the rate's region, source and date. */
export function LineItems(props: { pattern: PatternView; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { pattern, t, locale } = props;
  if (pattern.lines.length === 0) return null;
  return (
    <table className="line-items" data-testid={`lines-${pattern.id}`}>
      <caption>
        {t.lineItems}: {pattern.label}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.line}</th>
          <th scope="col">{t.category}</th>
          <th scope="col">{t.quantity}</th>
          <th scope="col">{t.rate}</th>
          <th scope="col">{t.monthly}</th>
          <th scope="col">{t.source}</th>
        </tr>
      </thead>
      <tbody>
        {pattern.lines.map((line) => (
          <tr key={line.id}>
            <th scope="row">
              {line.name}
              <div className="detail">{line.detail}</div>
            </th>
            <td>{t[`category.${line.category}`]}</td>
            <td className="num">
              {formatNumber(line.quantity, locale)} {line.unit}
            </td>
            <td className="num">{line.rateUsd}</td>
            <td className="num">
              <Money usd={line.monthlyUsd} locale={locale} jpyPerUsd={props.jpyPerUsd} />
            </td>
            <td className="source">
              {line.rate.region} · {line.rate.sourceId} · {line.rate.asOf}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            {t.monthly}
          </th>
          <td className="num">
            <Money usd={pattern.monthlyUsd} lowerBound={pattern.lowerBound} locale={locale} jpyPerUsd={props.jpyPerUsd} />
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
