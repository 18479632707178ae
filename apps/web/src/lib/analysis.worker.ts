/// <reference lib="webworker" />
/**
 * Web Worker: runs the core's model off the main thread, so typing never waits for it. Two kinds of
 * request, each page keeping one worker per kind (so a long break-even search never delays the next
 * keystroke's totals): "fast" — the per-keystroke model of the form state (bills, totals, ops, TCO,
 * sensitivity, recommendation; `buildView`), and "complete" — the full model (break-even search and
 * scale curves, ≈100–400 ms; `buildCompleteView`). Fetches the region's price book itself (same
 * static JSON route as the page).
 */
import type { PriceBook, ScenarioInput } from "@repo/core";
import { abortSignalOf, type AbortCell, isAbort } from "./analysis-abort";
import type { AnalysisFailure } from "./analysis-failure";
import { buildCompleteView, buildView } from "./build-view";
import { loadRegionBook } from "./client-price-book";
import type { ScenarioState } from "./scenario-state";
import { toWireResult, toWireView, type WireResult, type WireView } from "./view-wire";

export type AnalysisRequest =
  /** `abort`: the page's shared cell (analysis-abort.ts), when it has one. */
  | { id: number; kind: "complete"; input: ScenarioInput; abort?: AbortCell }
  | { id: number; kind: "fast"; state: ScenarioState }
  /** Load the region's price book now (page start), so the first change does not wait for it; no reply. */
  | { id: number; kind: "warm"; region: string };
export type AnalysisReply =
  /** `view` null: `failure` says why (the page shows it instead of "searching"). */
  | { id: number; kind: "complete"; view: WireView | null; failure?: AnalysisFailure; durationMs: number; aborted?: true }
  /** `result` null: the model threw (a bug, not bad input — that is a result with errors); the page re-runs it itself. */
  | { id: number; kind: "fast"; result: WireResult | null; durationMs: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.kind === "warm") {
    await loadRegionBook(request.region).catch(() => undefined); // a failure is retried by the next request
    return;
  }
  latest = request.id;
  let book: PriceBook;
  try {
    book = await loadRegionBook(request.kind === "fast" ? request.state.region : request.input.region);
  } catch {
    // Every request gets an answer: the page falls back (fast) or says the prices did not load (complete).
    if (request.id !== latest) return;
    if (request.kind === "fast") scope.postMessage({ id: request.id, kind: "fast", result: null, durationMs: 0 } satisfies AnalysisReply);
    else
      scope.postMessage({
        id: request.id,
        kind: "complete",
        view: null,
        failure: "prices-unavailable",
        durationMs: 0,
      } satisfies AnalysisReply);
    return;
  }
  if (request.id !== latest) return; // a newer request arrived while the book loaded
  const start = performance.now();
  if (request.kind === "fast") {
    let result: WireResult | null = null;
    try {
      result = toWireResult(buildView(request.state, book));
    } catch {
      result = null;
    }
    scope.postMessage({ id: request.id, kind: "fast", result, durationMs: performance.now() - start } satisfies AnalysisReply);
    return;
  }
  let view: WireView | null = null;
  let failure: AnalysisFailure | undefined;
  try {
    const complete = buildCompleteView(request.input, book, request.abort ? abortSignalOf(request.abort, request.id) : undefined);
    view = complete ? toWireView(complete, { withCsv: true }) : null;
    if (!complete) failure = "model-refused";
  } catch (error) {
    // the page wants another answer now: say this one stopped (it is not shown), then take the next request
    if (isAbort(error)) {
      scope.postMessage({ id: request.id, kind: "complete", view: null, aborted: true, durationMs: 0 } satisfies AnalysisReply);
      return;
    }
    failure = "model-error";
  }
  const reply = { id: request.id, kind: "complete", view, durationMs: performance.now() - start } as const;
  scope.postMessage((failure ? { ...reply, failure } : reply) satisfies AnalysisReply);
};
