"use client";
import { exportFileName, exportKind, exportKindsFor } from "@repo/core";
import { useState } from "react";
import { LOCALES, type Locale, type Messages } from "../../lib/i18n";
import type { CalculatorView } from "../../lib/view-types";
import { isExportReady, WEB_EXPORTS, type WebExportId } from "../../lib/web-exports";

function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** One of core's web export kinds (EXPORT_KINDS: file name and media type), its text from the view core built. */
async function downloadExport(id: WebExportId, stamp: string, view: CalculatorView): Promise<void> {
  const text = await WEB_EXPORTS[id].text(view);
  if (text !== null) download(exportFileName(id, stamp), exportKind(id).mediaType, text);
}

const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語" };

/**
 * Language switch, share link, the core's exports of the shown result written as they are (review CSV
 * with a UTF-8 BOM, JSON that `costcalc estimate` re-prices, the scenario as YAML) and print. Every
 * control needs JavaScript: `needs-js` hides them on a page without it (globals.css, Calculator).
 */
export function Toolbar(props: {
  view: CalculatorView | null;
  shareQuery: string;
  locale: Locale;
  t: Messages;
  onLocale: (locale: Locale) => void;
}) {
  const { t, view } = props;
  const [shareUrl, setShareUrl] = useState("");
  const share = async () => {
    const url = `${window.location.origin}${window.location.pathname}${props.shareQuery}`;
    setShareUrl(url);
    await navigator.clipboard?.writeText(url).catch(() => undefined);
  };
  const stamp = view ? `${view.json.region}-${view.json.priceSnapshot.asOf}` : "estimate";
  return (
    <div className="toolbar needs-js" role="toolbar" aria-label={t.results}>
      <label>
        {t.language}{" "}
        <select value={props.locale} onChange={(event) => props.onLocale(event.target.value as Locale)} data-testid="locale">
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void share()}>
        {t.share}
      </button>
      {exportKindsFor("web").map(({ id }) => {
        const kind: WebExportId = id;
        return (
          <button
            key={kind}
            type="button"
            data-export={kind}
            disabled={!isExportReady(kind, view)}
            onClick={() => view && void downloadExport(kind, stamp, view)}
          >
            {t[WEB_EXPORTS[kind].label]}
          </button>
        );
      })}
      <button type="button" onClick={() => window.print()}>
        {t.print}
      </button>
      {shareUrl ? (
        <output className="share-link" aria-label={t.shareCopied}>
          {t.shareCopied}:{" "}
          <a href={shareUrl} data-testid="share-link">
            {shareUrl}
          </a>
        </output>
      ) : null}
    </div>
  );
}
