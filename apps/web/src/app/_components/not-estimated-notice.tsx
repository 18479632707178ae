import { memo } from "react";
import type { Message } from "@repo/core";
import { renderCoreMessage } from "../../lib/core-messages";
import type { Locale, Messages } from "../../lib/i18n";

/**
 * What the bill leaves out (issue 15): the core's `notEstimated` (USAGE_NOT_ESTIMATED messages, usage-driven
 * lines left at zero), each rendered from its code in the user's language — nothing decided here.
 */
export const NotEstimatedNotice = memo(function NotEstimatedNotice(props: { items: readonly Message[]; t: Messages; locale: Locale }) {
  if (props.items.length === 0) return null;
  return (
    <section className="panel not-estimated" data-testid="not-estimated" aria-labelledby="not-estimated-title">
      <h2 id="not-estimated-title">{props.t.notEstimatedTitle}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={String(item.params.line)}>{renderCoreMessage(item, props.locale)}</li>
        ))}
      </ul>
    </section>
  );
});
