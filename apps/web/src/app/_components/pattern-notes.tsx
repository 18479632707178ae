import { renderCoreMessage } from "../../lib/core-messages";
import type { Locale, Messages } from "../../lib/i18n";
import { useMessageOptions } from "../../lib/reporting";
import type { PatternView } from "../../lib/view-types";

/** Ruled-out reasons, missing rates and notes of every pattern (nothing is hidden or guessed). */
export function PatternNotes(props: { patterns: PatternView[]; t: Messages; locale: Locale }) {
  const { t, locale } = props;
  const options = useMessageOptions(locale);
  return (
    <section className="panel notes screen-only" aria-labelledby="notes-title" data-testid="notes">
      <h2 id="notes-title">{t.notes}</h2>
      {props.patterns.map((pattern) => (
        <div key={pattern.id} className="pattern-notes">
          <h3>{pattern.label}</h3>
          {pattern.reasons.length ? (
            <>
              <h4>{t.ruledOut}</h4>
              <ul>
                {pattern.reasons
                  .map((reason) => renderCoreMessage(reason, locale, options))
                  .map((text) => (
                    <li key={text}>{text}</li>
                  ))}
              </ul>
            </>
          ) : null}
          {pattern.missingRates.length ? (
            <>
              <h4>{t.missingRates}</h4>
              <ul>
                {pattern.missingRates.map((rate) => (
                  <li key={`${rate.usage}-${rate.neededFor}`}>
                    {rate.region === "global" ? t.regionGlobal : rate.region} {rate.usage}:{" "}
                    {renderCoreMessage(rate.neededForMessage, locale)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {pattern.noteMessages.length ? (
            <ul>
              {pattern.noteMessages
                .map((note) => renderCoreMessage(note, locale, options))
                .map((text) => (
                  <li key={text}>{text}</li>
                ))}
            </ul>
          ) : null}
        </div>
      ))}
    </section>
  );
}
