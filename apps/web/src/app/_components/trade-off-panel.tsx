import { memo } from "react";
import { renderCoreMessage } from "../../lib/core-messages";
import type { Locale, Messages } from "../../lib/i18n";
import { localSources } from "../../lib/ja/source-remarks";
import type { PatternView, TradeOffMatrix } from "../../lib/view-types";

const SUPPORT_MARK = { yes: "✓", partial: "◐", no: "✗" } as const;

/** The core's trade-off matrix (criteria × patterns), the constraints this workload triggers, and ruled-out patterns. */
export const TradeOffPanel = memo(function TradeOffPanel(props: {
  matrix: TradeOffMatrix;
  patterns: PatternView[];
  t: Messages;
  locale: Locale;
}) {
  const { matrix, patterns, t, locale } = props;
  const ruledOut = patterns.filter((p) => p.status === "ruled-out");
  return (
    <section className="panel screen-only" aria-labelledby="tradeoffs-title" data-testid="trade-offs">
      <h2 id="tradeoffs-title">{t.tradeOffs}</h2>
      {matrix.constraints.length ? (
        <ul data-testid="constraints">
          {matrix.constraints.map((c) => (
            <li key={`${c.rule}-${c.patterns.join()}`} className={c.effect === "rules-out" ? "constraint-out" : "constraint-flag"}>
              <strong>{c.effect === "rules-out" ? t.rulesOut : t.flags}</strong>{" "}
              {c.patterns.map((id) => patterns.find((p) => p.id === id)?.label ?? id).join(", ")}: {renderCoreMessage(c.message, locale)}{" "}
              <small className="source">({localSources(c.sources, locale)})</small>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t.noConstraints}</p>
      )}
      {ruledOut.length ? (
        <ul data-testid="ruled-out">
          {ruledOut.map((p) => (
            <li key={p.id}>
              <strong>{p.label}</strong> {t["status.ruled-out"]}: {p.reasons.map((reason) => renderCoreMessage(reason, locale)).join("; ")}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="scroll-hint">{t.scrollHint}</p>
      <table data-testid="trade-off-matrix">
        <thead>
          <tr>
            <th scope="col">{t.criterion}</th>
            {patterns.map((p) => (
              <th key={p.id} scope="col">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {renderCoreMessage(row.labelMessage, locale)}
                <div className="detail source">{localSources(row.sources, locale)}</div>
              </th>
              {patterns.map((p) => {
                const cell = row.cells[p.id];
                const isTriggered = matrix.triggered[row.id]?.includes(p.id) ?? false;
                return (
                  <td
                    key={p.id}
                    className={`support-${cell.support}${isTriggered ? " triggered" : ""}`}
                    data-triggered={isTriggered || undefined}
                  >
                    <span role="img" aria-label={t[`support.${cell.support}`]}>
                      {SUPPORT_MARK[cell.support]}
                    </span>{" "}
                    {renderCoreMessage(cell.textMessage, locale)}
                    {isTriggered ? <strong> ⚠ {t.triggered}</strong> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
