import { formatMoney } from "../../lib/format";
import type { Locale } from "../../lib/i18n";

/**
 * A USD model figure shown in the report's currency: dollars, or — when `jpyPerUsd` holds the core
 * result's one stated rate (a JPY report) — yen, converted by the core's report-edge converter. The exact
 * USD figure stays in `data-exact-usd`. A lower bound (the core's `lowerBound`: some rates are missing, so
 * the real figure is higher) is shown "≥ X" — never as if it were the total.
 */
export function Money(props: { usd: string | null; locale: Locale; jpyPerUsd: string; lowerBound?: boolean; testId?: string }) {
  if (props.usd === null) return <span data-testid={props.testId}>—</span>;
  const atLeast = props.lowerBound ? "≥ " : "";
  return (
    <span
      className={props.lowerBound ? "money lower-bound" : "money"}
      data-testid={props.testId}
      data-exact-usd={props.usd}
      data-currency={props.jpyPerUsd ? "JPY" : "USD"}
      title={`${atLeast}${props.usd} USD`}
      data-lower-bound={props.lowerBound ? "true" : undefined}
    >
      {atLeast}
      {formatMoney(props.usd, props.locale, props.jpyPerUsd)}
    </span>
  );
}
