import { shownAmountText } from "@repo/core";
import type { Locale } from "../../lib/i18n";
import { reportingAmount, useReporting, yenStyle } from "../../lib/reporting";

/**
 * A USD model figure in the page's reporting currency (issue 21: `useReporting`, the model's one rate),
 * converted once by the core and rounded once: "$1,234.56", "¥185,184" (English) or "185,184 円" (Japanese).
 * The exact USD stays in `data-exact-usd`, the exact converted amount in `data-exact-amount` and the title.
 * A lower bound (the core's `lowerBound`: some rates are missing, so the real figure is higher) is shown
 * "≥ X" — never as if it were the total.
 */
export function Money(props: {
  usd: string | null;
  locale: Locale;
  lowerBound?: boolean;
  testId?: string;
  /** The amount to show instead of rounding (core's `shownReporting`, in the reporting currency: lines that add up to the shown total). */
  shownAmount?: string;
}) {
  const reporting = useReporting();
  if (props.usd === null) return <span data-testid={props.testId}>—</span>;
  const amount = reportingAmount(props.usd, reporting, props.locale);
  const atLeast = props.lowerBound ? "≥ " : "";
  const usdTitle = reporting.currency === "USD" ? "" : ` (${props.usd} USD)`;
  return (
    <span
      className={props.lowerBound ? "money lower-bound" : "money"}
      data-testid={props.testId}
      data-exact-usd={props.usd}
      data-exact-amount={amount.exact}
      data-currency={reporting.currency}
      title={`${atLeast}${amount.exactText}${usdTitle}`}
      data-lower-bound={props.lowerBound ? "true" : undefined}
    >
      {atLeast}
      {props.shownAmount === undefined ? amount.text : shownAmountText(props.shownAmount, reporting.currency, yenStyle(props.locale))}
    </span>
  );
}
