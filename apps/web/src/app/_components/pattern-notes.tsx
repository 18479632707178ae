import type { Messages } from "../../lib/i18n";
import type { PatternView } from "../../lib/view-types";

/** Ruled-out reasons, missing rates and notes of every pattern (nothing is hidden or guessed). */
export function PatternNotes(props: { patterns: PatternView[]; t: Messages }) {
  const { t } = props;
  return (
    <section className="panel notes" aria-labelledby="notes-title" data-testid="notes">
      <h2 id="notes-title">{t.notes}</h2>
      {props.patterns.map((pattern) => (
        <div key={pattern.id} className="pattern-notes">
          <h3>{pattern.label}</h3>
          {pattern.ruledOutReasons.length ? (
            <><h4>{t.ruledOut}</h4><ul>{pattern.ruledOutReasons.map((reason) => <li key={reason}>{reason}</li>)}</ul></>
          ) : null}
          {pattern.missingRates.length ? (
            <><h4>{t.missingRates}</h4><ul>{pattern.missingRates.map((rate) => <li key={`${rate.usage}-${rate.neededFor}`}>{rate.region} {rate.usage}: {rate.neededFor}</li>)}</ul></>
          ) : null}
          {pattern.notes.length ? <ul>{pattern.notes.map((note) => <li key={note}>{note}</li>)}</ul> : null}
        </div>
      ))}
    </section>
  );
}
