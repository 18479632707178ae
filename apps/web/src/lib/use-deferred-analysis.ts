"use client";
import type { PriceBook, ScenarioInput } from "@repo/core";
import { startTransition, useEffect, useRef, useState } from "react";
import { type AbortCell, wantOnly } from "./analysis-abort";
import type { AnalysisFailure } from "./analysis-failure";
import { buildCompleteView } from "./build-view";
import type { AnalysisReply, AnalysisRequest } from "./analysis.worker";
import type { CalculatorView } from "./view-types";
import { fromWireView } from "./view-wire";

/** The deferred result for one state: the complete view, or why there is none; both null = still searching. */
export type DeferredAnalysis = { view: CalculatorView | null; failure: AnalysisFailure | null };
type Result = { key: string } & DeferredAnalysis;

/** Quiet time after the last input before the break-even analysis starts. */
const ANALYSIS_DEBOUNCE_MS = 150;
/**
 * A worker that has not answered after this long is given up (terminated; the next change starts a
 * new one) and the page says so instead of "searching" for ever. The full model takes ≈0.1–0.4 s
 * (seconds on a loaded machine): a minute is a hang, not a slow run.
 */
export const ANALYSIS_TIMEOUT_MS = 60_000;

const PENDING: DeferredAnalysis = { view: null, failure: null };

/** A model worker (analysis.worker.ts), or null where workers are unavailable (then the caller runs the model itself). */
export function createModelWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/** The full model on the main thread: the view, or the reason it is missing (never throws). */
function completeOnMainThread(input: ScenarioInput, book: PriceBook): DeferredAnalysis {
  try {
    const view = buildCompleteView(input, book);
    return view ? { view, failure: null } : { view: null, failure: "model-refused" };
  } catch {
    return { view: null, failure: "model-error" };
  }
}

/**
 * The deferred half of the calculation: the core's full model for `input` (break-even search and
 * scale curves included), computed in a Web Worker (or, where workers are unavailable, on the main
 * thread after the next paint), so an input change redraws the fast result first. Returns, for `key`,
 * the complete view or why there is none (issue 20 item 2: the search always ends or says why):
 * the core refused the scaled scenario or threw, the worker's prices did not load, or the worker did
 * not answer within ANALYSIS_TIMEOUT_MS. A worker that fails (its "error" event) is replaced by the
 * main thread for this and later requests. `{ view: null, failure: null }` while searching.
 */
export function useDeferredAnalysis(
  key: string,
  input: ScenarioInput | undefined,
  book: PriceBook | undefined,
  /** The page's shared cell (analysis-abort.ts), if it has one: a search for a superseded state stops. */
  abortCell: AbortCell | null = null,
): DeferredAnalysis {
  const [result, setResult] = useState<Result | null>(null);
  const worker = useRef<Worker | null | undefined>(undefined);
  const requests = useRef(new Map<number, { key: string; input: ScenarioInput }>());
  const nextId = useRef(0);
  const latestBook = useRef(book);
  latestBook.current = book;

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!input || !book) return;
    if (worker.current === undefined) {
      const made = createModelWorker();
      worker.current = made;
      made?.addEventListener("message", (event: MessageEvent<AnalysisReply>) => {
        if (event.data.kind !== "complete") return;
        const request = requests.current.get(event.data.id);
        requests.current.delete(event.data.id);
        if (request === undefined || event.data.aborted) return;
        performance.measure("analysis", { start: performance.now() - event.data.durationMs, duration: event.data.durationMs });
        const view = event.data.view ? fromWireView(event.data.view) : null;
        // a transition: drawing the break-even panels yields to a keystroke typed meanwhile
        const failure = view ? null : (event.data.failure ?? "model-refused");
        startTransition(() => setResult({ key: request.key, view, failure }));
      });
      made?.addEventListener("error", () => {
        // The worker could not start or died: this and later requests run on the main thread.
        made.terminate();
        if (worker.current === made) worker.current = null;
        const pending = [...requests.current.values()].at(-1);
        requests.current.clear();
        const current = latestBook.current;
        if (pending && current) setResult({ key: pending.key, ...completeOnMainThread(pending.input, current) });
      });
    }
    const target = worker.current;
    if (target) {
      // Debounced: while the user is still typing, no analysis is started for states about to change.
      let timeout: ReturnType<typeof setTimeout> | undefined;
      const timer = setTimeout(() => {
        const id = ++nextId.current;
        requests.current.set(id, { key, input });
        wantOnly(abortCell, id);
        target.postMessage({ id, kind: "complete", input, ...(abortCell ? { abort: abortCell } : {}) } satisfies AnalysisRequest);
        timeout = setTimeout(() => {
          if (!requests.current.has(id)) return;
          // No answer: give this worker up (a new one serves the next change) and say so.
          requests.current.clear();
          target.terminate();
          if (worker.current === target) worker.current = undefined;
          setResult({ key, view: null, failure: "timed-out" });
        }, ANALYSIS_TIMEOUT_MS);
      }, ANALYSIS_DEBOUNCE_MS);
      return () => {
        clearTimeout(timer);
        clearTimeout(timeout);
        wantOnly(abortCell, 0); // the input changed: a search under way for it stops
      };
    }
    // No worker: after the paint of the fast result, then on the main thread.
    let isCancelled = false;
    const timer = setTimeout(
      () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (!isCancelled) setResult({ key, ...completeOnMainThread(input, book) });
          }, 0),
        ),
      0,
    );
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [key, input, book, abortCell]);

  return result && result.key === key ? { view: result.view, failure: result.failure } : PENDING;
}
