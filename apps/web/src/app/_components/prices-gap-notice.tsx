import type { PricesGap } from "@repo/core";
import type { Messages } from "../../lib/i18n";

/**
 * The top-of-result notice for an incomplete result: WHICH rates the model could not find (core's
 * `pricesGap.missingUsages`, as is — nothing decided here) and the command that fills them. Without a
 * result gap but on a region the snapshot covers only in part, it shows the command alone.
 */
export function PricesGapNotice(props: { gap: PricesGap | null | undefined; regionRefreshCommand: string | undefined; t: Messages }) {
  const { gap, regionRefreshCommand, t } = props;
  const command = gap?.refreshCommand ?? regionRefreshCommand;
  if (!command) return null;
  return (
    <div className="coverage-gap" data-testid="coverage-gap">
      <p>
        {t.coverageGap} <code>{command}</code>
      </p>
      {gap?.missingUsages.length ? (
        <p data-testid="missing-rates">
          {t.missingRatesInResult}{" "}
          {gap.missingUsages.map((usage, i) => (
            <span key={usage}>
              {i > 0 ? ", " : ""}
              <code>{usage}</code>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
