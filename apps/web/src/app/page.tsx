import { embeddedPriceBook } from "@repo/core";
import type { SearchParams } from "nuqs/server";
import { buildView } from "../lib/build-view";
import { LruCache } from "../lib/render-cache";
import { Calculator } from "./_components/calculator.client";
import { loadCalculatorState, migrateState } from "./search-params";

/** The first paint of recently opened links (issue 17: a shared link must not cost a full analysis per visitor). */
const firstPaints = new LruCache<ReturnType<typeof buildView>>(128);

/**
 * Server Component: loads the URL state, prices it with the embedded snapshot and renders the first
 * result, so a shared link opens with its numbers already on the page (no JavaScript needed to read them).
 */
export default async function Page(props: { searchParams: Promise<SearchParams> }) {
  const { state } = migrateState(await loadCalculatorState(props.searchParams));
  const { version: _version, locale: _locale, ...scenario } = state;
  const book = embeddedPriceBook();
  // The server runs the whole analysis (break-even included) for the first paint.
  const { view, errors } = firstPaints.get(JSON.stringify([book.id, scenario]), () => buildView(scenario, book, { withAnalysis: true }));
  return (
    <Calculator
      initial={{ view, errors }}
      regions={[...book.regions]}
      snapshot={{ id: book.id, asOf: book.asOf }}
    />
  );
}
