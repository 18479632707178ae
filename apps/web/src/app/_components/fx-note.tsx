import { DEFAULT_FX_SOURCE, fxText } from "@repo/core";
import type { Locale, Messages } from "../../lib/i18n";
import { reportingOf } from "../../lib/reporting";
import type { ModelJson } from "../../lib/view-types";

/**
 * The one exchange rate behind every figure (issue 21): the model's own (`json.reporting`), the user's or
 * the core's dated default with its date and source, and where to change it. Shown when the page reports
 * in yen or the engineer rate is in yen (the `jp` labour market); nothing in a USD-only page.
 */
/**
 * The rate with its date and source in the page's language: core's default source (the Federal Reserve's H.10
 * release) is named in Japanese on the Japanese page, its URL kept; a source the user typed is shown as typed.
 * @example fxSourceText(defaultFx, "ja") //=> "¥148.54/$ (2024-02-02、米国連邦準備制度理事会 (FRB) の H.10 …)"
 */
export function fxSourceText(fx: Parameters<typeof fxText>[0], locale: Locale, t: Messages): string {
  if (locale !== "ja" || fx.source !== DEFAULT_FX_SOURCE) return fxText(fx);
  const url = /\((https?:[^)]+)\)$/.exec(DEFAULT_FX_SOURCE)?.[1] ?? "";
  return `¥${fx.jpyPerUsd.toFixed()}/$ (${fx.asOf}、${t.fxDefaultSource} (${url}))`;
}

export function FxNote(props: { reporting: ModelJson["reporting"] | undefined; locale: Locale; t: Messages }) {
  const { t, reporting } = props;
  if (!reporting || (reporting.currency === "USD" && reporting.labour.hourly.currency === "USD")) return null;
  const fx = reportingOf({ reporting }).fx;
  return (
    <p className="snapshot" data-testid="fx-note" data-jpy-per-usd={fx.jpyPerUsd.toFixed()}>
      {t.fxRate}: {fx.userSet ? `¥${fx.jpyPerUsd.toFixed()}/$ (${t.fxUserSet})` : fxSourceText(fx, props.locale, t)} · {t.fxChange}
    </p>
  );
}
