"use client";
import { debounce, useQueryStates } from "nuqs";
import { useEffect, useMemo, useRef, useState } from "react";
import type { PriceBook } from "@repo/core";
import type { AnalysisFailure } from "../../lib/analysis-failure";
import type { ViewResult } from "../../lib/build-view";
import { loadRegionBook } from "../../lib/client-price-book";
import { messagesFor, type Locale } from "../../lib/i18n";
import { renderFieldIssues } from "../../lib/error-messages";
import { toScenario } from "../../lib/to-scenario";
import { useDeferredAnalysis } from "../../lib/use-deferred-analysis";
import { useFormState } from "../../lib/use-form-state";
import { useFastViewWithEarlySend } from "../../lib/use-fast-view";
import { useStable } from "../../lib/use-stable";
import type { CalculatorView } from "../../lib/view-types";
import { fromWireView, type InitialResult } from "../../lib/view-wire";
import {
  calculatorParsers,
  calculatorUrlKeys,
  migrateState,
  serializeCalculatorState,
  type CalculatorState,
  type ScenarioState,
} from "../search-params";
import { FxNote } from "./fx-note";
import { PricesGapNotice } from "./prices-gap-notice";
import { WorkloadWarnings } from "./workload-warnings";
import { Results } from "./results";
import { ScenarioForm } from "./scenario-form.client";
import { SummaryBar } from "./summary-bar";
import { TemplateText } from "./template-text";
import { Toolbar } from "./toolbar.client";
import { localeSuggested, withLocaleDefaults } from "../../lib/locale-defaults";
import type { RegionChoice } from "../../lib/region-choices";
import { visibleView } from "../../lib/visible-patterns";

/**
 * The address bar follows the form once typing has paused this long: a second, longer than the gaps
 * between keystrokes (at 300 ms the write of a 200-service link landed on the next keystroke, typed
 * 300 ms later). The share button and exports read the form's state, never the address bar.
 */
const URL_UPDATE_DEBOUNCE_MS = 1000;

/** The scenario inputs of the URL state, with the locale's visible suggestions in the fields left empty (ja: JPY, jp). */
function scenarioStateOf(state: CalculatorState): ScenarioState {
  const { version: _version, locale, managedPatterns: _managedPatterns, ...scenario } = state;
  return withLocaleDefaults(scenario, locale);
}

/**
 * The calculator: URL state (nuqs) → inputs, and the same `buildView` the server ran for the first
 * paint, re-run in the browser on every change with the region's price book (fetched once).
 */
export function Calculator(props: {
  initial: InitialResult;
  regions: string[];
  regionChoices?: readonly RegionChoice[];
  snapshot: { id: string; asOf: string };
}) {
  // The state updates at once; the address bar follows once typing pauses for URL_UPDATE_DEBOUNCE_MS
  // (each history.replaceState of a long link, and the router update Next runs after it, cost a
  // 200-service page ~25 ms of main thread: throttled, one landed inside every paced keystroke's frame).
  const [urlState, setUrlState] = useQueryStates(calculatorParsers, {
    urlKeys: calculatorUrlKeys,
    clearOnDefault: false,
    history: "replace",
    limitUrlUpdates: debounce(URL_UPDATE_DEBOUNCE_MS),
  });
  // The form's own state is the truth from the first render on; the URL follows it. Read back from nuqs,
  // a change made while a throttled URL update was pending could be lost: three quick selects (Reserved,
  // 3 years, all upfront) left the page and its link on "?po=reserved&pop=all-upfront" — the term silently
  // reverted — about 1 time in 10 in Chromium (calculator.e2e "purchase options"). So every key whose URL
  // value differs from the state is written again until the URL has caught up (a dropped key is re-sent).
  const { rawState, setState, abortCell, shownKey, sendEarly } = useFormState(urlState);
  useEffect(() => {
    const behind = Object.entries(rawState).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(urlState[key as keyof typeof urlState]),
    );
    if (behind.length > 0) void setUrlState(Object.fromEntries(behind) as Partial<typeof urlState>);
  }, [rawState, urlState, setUrlState]);
  const { state, warning } = migrateState(rawState);
  const locale: Locale = state.locale;
  const t = messagesFor(locale);
  // One string per distinct state: re-renders with an equal state (e.g. when the URL catches up with
  // a change already applied) reuse the previous result and skip the whole results subtree. The memo
  // depends only on the scenario's JSON and rebuilds the scenario from it, so its dependencies are complete.
  // once per state (a change renders two or three times: its own, the URL catching up, the model's reply)
  const stateKey = useMemo(() => serializeCalculatorState(state), [state]);
  shownKey.current = stateKey;
  const scenarioKey = useMemo(() => JSON.stringify(scenarioStateOf(state)), [state]);
  const scenario = useMemo(() => JSON.parse(scenarioKey) as ScenarioState, [scenarioKey]);
  const isKnownRegion = props.regions.includes(state.region);
  const [book, setBook] = useState<{ region: string; book: PriceBook } | null>(null);
  const [bookFailed, setBookFailed] = useState<string | null>(null);
  const isFirstRender = useRef(true);
  const initial = useMemo(
    (): ViewResult => ({
      view: props.initial.view ? fromWireView(props.initial.view) : null,
      errors: props.initial.errors,
      ...(props.initial.excludedRows ? { excludedRows: props.initial.excludedRows } : {}),
    }),
    [props.initial],
  );

  useEffect(() => {
    if (!isKnownRegion) return;
    let isLive = true;
    loadRegionBook(state.region).then(
      (loaded) => isLive && setBook({ region: state.region, book: loaded }),
      () => isLive && setBookFailed(state.region),
    );
    return () => {
      isLive = false;
    };
  }, [state.region, isKnownRegion]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = messagesFor(locale).title;
  }, [locale]);

  // Controls that only work with JavaScript (presets, add/remove service, toolbar) carry `needs-js`
  // and stay hidden until this runs (globals.css); a page without JavaScript explains why (noscript).
  useEffect(() => {
    document.documentElement.dataset.js = "on";
  }, []);

  // An older link: write the migrated state back once, so later edits are not migrated again.
  const isMigrated = rawState.version !== state.version && !warning;
  // Runs again only while the URL still holds the old version; setState with the same state is idempotent.
  useEffect(() => {
    if (isMigrated) void setState(state);
  }, [isMigrated, setState, state]);

  // Printing (button or Ctrl+P) opens every "Show as table" so the handout has the chart tables too.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details.chart-table:not([open])")];
      for (const details of opened) details.open = true;
    };
    const restore = () => {
      for (const details of opened) details.open = false;
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", restore);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", restore);
    };
  }, []);

  // Form errors (text that is not a number, a missing field…) are found on the main thread at once,
  // without the price book; a well-formed state goes to the model worker. A row's own errors do not
  // block the others (they are priced without it), but they show beside the row at once, too.
  const formCheck = useMemo(() => (isFirstRender.current ? null : toScenario(scenario)), [scenario]);
  const formErrors = useMemo((): ViewResult | null => {
    if (!formCheck) return null;
    const { input, errors } = formCheck;
    if (!isKnownRegion)
      return {
        view: null,
        errors: {
          ...errors,
          region: { code: "UNKNOWN_REGION" as const, params: { region: state.region, allowed: props.regions.join(", ") } },
        },
      };
    return input ? null : { view: null, errors };
  }, [formCheck, isKnownRegion, state.region, props.regions]);
  // The first render shows what the server already computed for this exact state; after it, the
  // fast model runs in its worker for every change (null while it calculates).
  const isBookReady = book?.region === state.region;
  const isModelled = !isFirstRender.current && isKnownRegion && isBookReady && formErrors === null;
  const [fastView, sendToModel] = useFastViewWithEarlySend(scenarioKey, scenario, book?.book, isModelled);
  // The worker starts on a change while React renders it (the form check still decides what is shown).
  sendEarly.current = isModelled
    ? (next) => {
        const early = scenarioStateOf(migrateState(next).state);
        sendToModel(JSON.stringify(early), early);
      }
    : null;
  const computed = formErrors ?? fastView;
  const isCalculating = isModelled && computed === null;
  useEffect(() => {
    isFirstRender.current = false;
  }, []);

  // Instance types priced in the region (for the datalist): computed once per loaded book.
  const instanceTypes = useMemo(
    () =>
      book?.book.instanceTypes
        .filter((spec) => book.book.rate(book.region, `ec2/on-demand/linux/${spec.instanceType}`))
        .map((spec) => spec.instanceType) ?? [],
    [book],
  );
  // While the worker calculates, the previous result stays on screen (marked busy), never the first paint's.
  const lastComputed = useRef<ViewResult | null>(null);
  if (computed) lastComputed.current = computed;
  const fast = computed ?? lastComputed.current ?? initial;
  // The full model (break-even search, scale curves: slow) follows in a worker — for the server's first
  // paint too (the server renders the fast model only), once the price book has loaded.
  const deferred = useDeferredAnalysis(
    stateKey,
    computed?.view && !computed.view.isComplete ? computed.input : undefined,
    book?.book,
    abortCell,
  );
  const complete = fast.view?.isComplete ? fast.view : deferred.view;
  // Why no break-even result will come for what is shown (issue 20 item 2): never "searching" for ever.
  const analysisFailure: AnalysisFailure | null = !fast.view
    ? "input-invalid"
    : bookFailed === state.region && !complete
      ? "prices-unavailable"
      : deferred.failure;
  const result = useMemo(() => (fast.view && complete ? { ...fast, view: complete } : fast), [fast, complete]);
  // While the worker calculates, the form's own findings for the new state (not the previous reply's).
  const issues = computed ? result.errors : (formCheck?.errors ?? result.errors);
  // The same object while the messages are the same: a new one on every input event re-rendered every panel.
  const rendered = useMemo(() => renderFieldIssues(issues, locale), [issues, locale]);
  const errors = useStable(rendered, JSON.stringify(rendered));
  const lastGood = useRef<CalculatorView | null>(initial.view);
  if (fast.view) lastGood.current = fast.view;
  const isLoading = computed === null && !isFirstRender.current && isKnownRegion && !isBookReady;

  const { currency: suggestsCurrency, labourMarket: suggestsMarket } = localeSuggested(rawState, locale);
  const suggested = useMemo(() => ({ currency: suggestsCurrency, labourMarket: suggestsMarket }), [suggestsCurrency, suggestsMarket]);

  const choice = props.regionChoices?.find((c) => c.code === state.region);
  const gap = choice && choice.status !== "complete" ? choice : undefined;

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
          <p className="snapshot" data-testid="snapshot">
            {t.snapshot}:{" "}
            <TemplateText
              template={t.asOf}
              values={{
                snapshot: <code>{props.snapshot.id}</code>,
                date: <time dateTime={props.snapshot.asOf}>{props.snapshot.asOf}</time>,
              }}
            />{" "}
            · {t.region}: <strong>{state.region}</strong>
          </p>
          <FxNote reporting={(result.view ?? lastGood.current)?.json.reporting} locale={locale} t={t} />
          <PricesGapNotice gap={result.view?.json.pricesGap} regionRefreshCommand={gap?.refreshCommand} t={t} />
          <WorkloadWarnings warnings={result.view?.json.workloadWarnings} locale={locale} />
          {warning ? (
            <p className="warning" role="status">
              {t.newerVersion}
            </p>
          ) : null}
        </div>
        <Toolbar view={result.view} shareQuery={stateKey} locale={locale} t={t} onLocale={(next) => void setState({ locale: next })} />
      </header>
      <noscript>
        <p className="noscript-note" data-testid="noscript-note">
          {t.noScript}
        </p>
      </noscript>
      <SummaryBar view={fast.view ?? lastGood.current} t={t} locale={locale} />
      <main className="layout">
        <ScenarioForm
          state={scenario}
          errors={errors}
          t={t}
          regions={props.regions}
          regionChoices={props.regionChoices}
          locale={locale}
          instanceTypes={instanceTypes}
          suggested={suggested}
          onChange={setState}
        />
        {/* busy while the worker calculates the new totals (a few ms); the break-even part says so in words */}
        <div aria-busy={isCalculating || undefined} data-calculating={isCalculating ? "true" : undefined}>
          {isLoading ? <p role="status">{t.loadingPrices}</p> : null}
          <label className="managed-toggle">
            <input
              type="checkbox"
              data-testid="show-managed-patterns"
              checked={state.managedPatterns === "show"}
              onChange={(event) => void setState({ managedPatterns: event.currentTarget.checked ? "show" : "hide" })}
            />{" "}
            {t.showManagedPatterns}
          </label>
          <Results
            view={visibleView(fast.view ?? lastGood.current, state.managedPatterns)}
            complete={fast.view ? visibleView(complete, state.managedPatterns) : null}
            analysisFailure={analysisFailure}
            errors={errors}
            services={scenario.services}
            isStale={!fast.view}
            excludedRows={fast.excludedRows}
            t={t}
            locale={locale}
          />
        </div>
      </main>
    </>
  );
}
