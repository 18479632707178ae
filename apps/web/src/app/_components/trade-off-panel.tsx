import type { Messages } from "../../lib/i18n";
import type { TradeOffMatrix } from "../../lib/view-types";

/** The trade-off matrix with triggered constraints highlighted; a note until the core provides one. */
export function TradeOffPanel(props: { matrix: TradeOffMatrix | null; t: Messages }) {
  const { matrix, t } = props;
  return (
    <section className="panel" aria-labelledby="tradeoffs-title" data-testid="trade-offs">
      <h2 id="tradeoffs-title">{t.tradeOffs}</h2>
      {matrix ? (
        <table>
          <thead><tr><th scope="col">{t.pattern}</th>{matrix.criteria.map((c) => <th key={c.id} scope="col">{c.label}</th>)}</tr></thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.patternId}>
                <th scope="row">{row.label}</th>
                {matrix.criteria.map((c) => {
                  const cell = row.cells[c.id];
                  return <td key={c.id} className={cell?.isTriggered ? "triggered" : undefined} title={cell?.note}>{cell?.rating ?? "—"}{cell?.isTriggered ? " ⚠" : ""}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="hint">{t.tradeOffsPending}</p>}
    </section>
  );
}
