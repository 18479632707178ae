import { fxText } from "@repo/core";
import type { Locale, Messages } from "../../lib/i18n";
import { reportingOf } from "../../lib/reporting";
import type { ModelJson } from "../../lib/view-types";

/**
 * The one exchange rate behind every figure (issue 21): the model's own (`json.reporting`), the user's or
 * the core's dated default with its date and source, and where to change it. Shown when the page reports
 * in yen or the engineer rate is in yen (the `jp` labour market); nothing in a USD-only page.
 */
export function FxNote(props: { reporting: ModelJson["reporting"] | undefined; locale: Locale; t: Messages }) {
  const { t, reporting } = props;
  if (!reporting || (reporting.currency === "USD" && reporting.labour.hourly.currency === "USD")) return null;
  const fx = reportingOf({ reporting }).fx;
  return (
    <p className="snapshot" data-testid="fx-note" data-jpy-per-usd={fx.jpyPerUsd.toFixed()}>
      {t.fxRate}: {fx.userSet ? `¥${fx.jpyPerUsd.toFixed()}/$ (${t.fxUserSet})` : fxText(fx)} · {t.fxChange}
    </p>
  );
}
