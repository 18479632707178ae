import { formatJpy, formatMoney } from "../../lib/format";
import type { Locale } from "../../lib/i18n";

/** A USD amount per locale, with its JPY equivalent beside it when the user gave a rate. */
export function Money(props: { usd: string | null; locale: Locale; jpyPerUsd: string; testId?: string }) {
  if (props.usd === null) return <span data-testid={props.testId}>—</span>;
  const jpy = formatJpy(props.usd, props.jpyPerUsd, props.locale);
  return (
    <span className="money" data-testid={props.testId} data-exact-usd={props.usd}>
      {formatMoney(props.usd, props.locale)}
      {jpy ? <span className="jpy"> ({jpy})</span> : null}
    </span>
  );
}
