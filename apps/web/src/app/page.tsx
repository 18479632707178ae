import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { messagesFor } from "../lib/i18n";
import { buildView } from "../lib/build-view";
import { regionChoices } from "../lib/region-choices";
import { withLocaleDefaults } from "../lib/locale-defaults";
import { LruCache } from "../lib/render-cache";
import { toInitialResult, type InitialResult } from "../lib/view-wire";
import { serverPriceBook } from "../lib/server-price-book";
import { Calculator } from "./_components/calculator.client";
import { loadCalculatorState, migrateState } from "./search-params";

/** The first paint of recently opened links (issue 17: a shared link opened by many is modelled once). */
const firstPaints = new LruCache<InitialResult>(128);

/** The tab's title and description in the page's language (`?l=ja`: AWS コンテナ料金計算ツール). */
export async function generateMetadata(props: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = migrateState(await loadCalculatorState(props.searchParams));
  const t = messagesFor(state.locale);
  return { title: t.title, description: t.subtitle };
}

/**
 * Server Component: loads the URL state, prices it with the server's snapshot (PRICES_FILE, else the
 * embedded one) and renders the first result, so a shared link opens with its numbers already on the
 * page (no JavaScript needed to read them). The region picker lists every AWS region with its coverage.
 * The server runs the core's fast model only (bills, totals, ops, TCO, sensitivity, recommendation —
 * no break-even search, no scale curves: a few ms instead of ≈ 100–400 ms, issue 17 load and issue 19
 * item 5); the browser's worker runs the full model for the same input and fills the break-evens,
 * the curves and "what would change it" once the region's price book has loaded (`Calculator`:
 * the in-browser fast run, then `useDeferredAnalysis`).
 */
export default async function Page(props: { searchParams: Promise<SearchParams> }) {
  const { state } = migrateState(await loadCalculatorState(props.searchParams));
  const { version: _version, locale, managedPatterns: _managedPatterns, ...raw } = state;
  const scenario = withLocaleDefaults(raw, locale);
  const book = serverPriceBook();
  const choices = regionChoices(book);
  // sent as the wire form (view-wire.ts): half the payload, nothing the browser cannot rebuild
  const initial = firstPaints.get(JSON.stringify([book.id, scenario]), () => toInitialResult(buildView(scenario, book)));
  return (
    <Calculator
      initial={initial}
      regions={choices.map((choice) => choice.code)}
      regionChoices={choices}
      snapshot={{ id: book.id, asOf: book.asOf }}
    />
  );
}
