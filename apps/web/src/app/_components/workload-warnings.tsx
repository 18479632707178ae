import type { Message } from "@repo/core";
import { renderCoreMessage } from "../../lib/core-messages";
import type { Locale } from "../../lib/i18n";

/**
 * The core's workload warnings (batch schedules run longer than their interval or on an assumed run time,
 * containers priced on a default request), rendered from their codes in the user's language; nothing is
 * decided here. No warnings, no notice.
 */
export function WorkloadWarnings(props: { warnings: readonly Message[] | undefined; locale: Locale }) {
  const warnings = props.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <ul className="warning" data-testid="workload-warnings">
      {warnings.map((warning) => (
        <li key={`${warning.code}:${JSON.stringify(warning.params)}`}>{renderCoreMessage(warning, props.locale)}</li>
      ))}
    </ul>
  );
}
