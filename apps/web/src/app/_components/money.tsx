import { formatJpy, formatMoney } from "../../lib/format";
import type { Locale } from "../../lib/i18n";

/**
 * A USD amount per locale, with its JPY equivalent beside it ("約 ¥5,406" in Japanese, at the user's rate or
 * the core's dated default: `pageFx`). A lower bound
 * (the core's `lowerBound`: some rates are missing, so the real figure is higher) is shown "≥ $X" —
 * never as if it were the total.
 */
export function Money(props: {
  usd: string | null;
  locale: Locale;
  jpyPerUsd: string;
  lowerBound?: boolean;
  testId?: string;
  /** The cents to show instead of rounding `usd` (core's `shownCents`: lines that add up to the shown total); `usd` stays the exact value (title, data-exact-usd). */
  shownUsd?: string;
}) {
  if (props.usd === null) return <span data-testid={props.testId}>—</span>;
  const jpy = formatJpy(props.usd, props.jpyPerUsd, props.locale);
  const atLeast = props.lowerBound ? "≥ " : "";
  return (
    <span
      className={props.lowerBound ? "money lower-bound" : "money"}
      data-testid={props.testId}
      data-exact-usd={props.usd}
      title={`${atLeast}${props.usd} USD`}
      data-lower-bound={props.lowerBound ? "true" : undefined}
    >
      {atLeast}
      {formatMoney(props.shownUsd ?? props.usd, props.locale)}
      {jpy ? (
        <span className="jpy">
          {" "}
          ({atLeast}
          {props.locale === "ja" ? "約 " : ""}
          {jpy})
        </span>
      ) : null}
    </span>
  );
}
