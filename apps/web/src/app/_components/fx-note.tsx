import { fxText } from "@repo/core";
import { pageFx } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";

/**
 * The one yen rate behind every "約 ¥…" on the page: the user's, or in Japanese the core's dated default
 * with its source (issue 21's DEFAULT_JPY_PER_USD), and where to change it. Nothing when no yen is shown.
 */
export function FxNote(props: { jpyPerUsd: string; locale: Locale; t: Messages }) {
  const { t } = props;
  const fx = pageFx(props.jpyPerUsd, props.locale);
  if (!fx) return null;
  return (
    <p className="snapshot" data-testid="fx-note">
      {t.fxRate}: {fx.userSet ? `¥${fx.jpyPerUsd.toFixed()}/$ (${t.fxUserSet})` : fxText(fx)} · {t.fxChange}
    </p>
  );
}
