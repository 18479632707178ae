import { parseDecimal, shownReporting } from "@repo/core";
import { memo, useMemo } from "react";
import { renderCoreMessage } from "../../lib/core-messages";
import { formatNumber } from "../../lib/format";
import { lineDetail, unitLabel } from "../../lib/line-details";
import type { Locale, Messages } from "../../lib/i18n";
import type { LineView, PatternView } from "../../lib/view-types";
import { useReporting } from "../../lib/reporting";
import { Money } from "./money";

type LineRowProps = { line: LineView; shownAmount: string; t: Messages; locale: Locale };

/** The core's line fields a row shows: equal text → the row is not re-rendered. */
function isSameLine(a: LineRowProps, b: LineRowProps): boolean {
  const x = a.line;
  const y = b.line;
  return (
    a.t === b.t &&
    a.locale === b.locale &&
    a.shownAmount === b.shownAmount &&
    x.id === y.id &&
    x.name === y.name &&
    x.detail === y.detail &&
    x.category === y.category &&
    x.quantity === y.quantity &&
    x.unit === y.unit &&
    x.rateUsd === y.rateUsd &&
    x.monthlyUsd === y.monthlyUsd &&
    x.rate.region === y.rate.region &&
    x.rate.sourceId === y.rate.sourceId &&
    x.rate.asOf === y.rate.asOf
  );
}

/**
 * One cost line. Memoised by value: a 200-service scenario has ~800 lines and an edit to one service
 * changes a few of them, so a keystroke re-renders those rows only (issue 19 item 5).
 */
const LineRow = memo(function LineRow(props: LineRowProps) {
  const { line, t, locale } = props;
  const unit = unitLabel(line.unit, locale);
  return (
    <tr data-line-id={line.id}>
      <th scope="row">
        {renderCoreMessage(line.nameMessage, locale)}
        {/* USD as the core writes it, like the line names (AWS's own tiers and fees: provenance) */}
        <div className="detail">{locale === "en" ? line.detail : lineDetail(line.detailMessages, locale)}</div>
      </th>
      <td>{t[`category.${line.category}`]}</td>
      <td className="num">
        {formatNumber(line.quantity, locale)} {unit}
      </td>
      <td className="num" data-testid="line-rate">
        ${line.rateUsd}/{unit}
      </td>
      <td className="num">
        <Money usd={line.monthlyUsd} shownAmount={props.shownAmount} locale={locale} />
      </td>
      <td className="source">
        {line.rate.region === "global" ? t.regionGlobal : line.rate.region} · {line.rate.sourceId} ·{" "}
        {line.rate.asOf === "undated" ? t.rateUndated : line.rate.asOf}
      </td>
    </tr>
  );
}, isSameLine);

/**
 * Every cost line of one pattern: quantity × rate = monthly, with the rate's region, source and date.
 * The lines are shown in the reporting currency by the core's `shownReporting`, so the cents (or whole
 * yen) shown add up to the shown total (each within one unit of its exact value, which the hover title
 * keeps). The rate column is the AWS rate as published: USD (provenance), whatever the reporting currency.
 */
export function LineItems(props: { pattern: PatternView; t: Messages; locale: Locale }) {
  const { pattern, t, locale } = props;
  const reporting = useReporting();
  const shown = useMemo(
    () =>
      shownReporting(
        pattern.lines.map((line) => parseDecimal(line.monthlyUsd)),
        reporting,
      ),
    [pattern.lines, reporting],
  );
  if (pattern.lines.length === 0) return null;
  return (
    <table className="line-items" data-testid={`lines-${pattern.id}`}>
      <caption>
        {t.lineItems}: {pattern.label} — {t.linesCover}
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
        {pattern.lines.map((line, index) => (
          <LineRow key={line.id} line={line} shownAmount={shown.amounts[index] ?? ""} t={t} locale={locale} />
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            {t.monthly}
          </th>
          <td className="num">
            <Money
              usd={pattern.monthlyUsd}
              lowerBound={pattern.lowerBound}
              locale={locale}
              shownAmount={shown.total}
              testId={`lines-total-${pattern.id}`}
            />
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
