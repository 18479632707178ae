"use client";
import type { PriceBook } from "@repo/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisReply, AnalysisRequest } from "./analysis.worker";
import { buildView, type ViewResult } from "./build-view";
import type { ScenarioState } from "./scenario-state";
import { createModelWorker } from "./use-deferred-analysis";
import { fromWireResult } from "./view-wire";

type Reply = { key: string; result: ViewResult };
type Pending = { key: string; state: ScenarioState };

/**
 * The per-keystroke half of the calculation (`buildView`: the core's fast model of the form state)
 * in its own Web Worker, so the main thread only renders and typing is never blocked by the model
 * (issue 19 item 5). At most one request is in flight: a state typed meanwhile waits, and only the
 * newest waiting state is sent when the reply comes back (older ones are never computed); a reply
 * for a state that is no longer current is not shown (the key check below). Where workers are
 * unavailable the model runs on the main thread, as before. Returns the result for `key`, or null
 * while it is being calculated.
 * `state` must keep its identity while `key` (its JSON) is unchanged (the caller memoises it).
 * @example const fast = useFastView(scenarioKey, scenario, book, isEnabled) // null → "calculating"
 */
export function useFastView(key: string, state: ScenarioState, book: PriceBook | undefined, isEnabled: boolean): ViewResult | null {
  return useFastViewWithEarlySend(key, state, book, isEnabled)[0];
}

/**
 * `useFastView`, and `sendEarly(key, state)`: a change's handler posts the new state to the worker at
 * once, before React renders it (at 200 services the render before the effect below took ~12 ms, all of
 * it added to the keystroke's latency); the effect then finds that key already asked for and sends nothing.
 */
export function useFastViewWithEarlySend(
  key: string,
  state: ScenarioState,
  book: PriceBook | undefined,
  isEnabled: boolean,
): [ViewResult | null, (key: string, state: ScenarioState) => void] {
  const region = state.region;
  const [reply, setReply] = useState<Reply | null>(null);
  // Everything the worker's listeners need lives in one ref, so they are attached once, when it is made.
  const run = useRef<Runner | null>(null);
  const latestBook = useRef(book);
  latestBook.current = book;

  useEffect(() => {
    const runner = new Runner(setReply, () => latestBook.current);
    run.current = runner;
    return () => {
      // unmounted (or remounted by StrictMode): the worker goes, a new runner makes a new one
      runner.stop();
      run.current = null;
    };
  }, []);

  // At page start (and on a region change) the worker starts and loads the region's price book while
  // the page loads its own, so the first change is not delayed by the worker's start-up.
  useEffect(() => {
    run.current?.warm(region);
  }, [region]);

  useEffect(() => {
    if (isEnabled && book) run.current?.request({ key, state });
  }, [key, state, book, isEnabled]);

  const shownRegion = useRef(region);
  shownRegion.current = region;
  // Only where the book loaded is the state's (a change of region waits for its own book, as before).
  const sendEarly = useCallback((early: string, earlyState: ScenarioState) => {
    if (latestBook.current && earlyState.region === shownRegion.current) run.current?.request({ key: early, state: earlyState });
  }, []);
  return [reply && reply.key === key ? reply.result : null, sendEarly];
}

/** The worker and its mailbox: one request in flight, the newest waiting state next, main-thread fallback. */
class Runner {
  private worker: Worker | null | undefined;
  private inFlight: { id: number; pending: Pending } | null = null;
  private waiting: Pending | null = null;
  private nextId = 0;
  /** The key of the last result shown: asked for again (an effect after an early send), it is not recomputed. */
  private shownKey: string | null = null;

  constructor(
    private readonly show: (reply: Reply) => void,
    private readonly book: () => PriceBook | undefined,
  ) {}

  warm(region: string): void {
    this.ensureWorker()?.postMessage({ id: 0, kind: "warm", region } satisfies AnalysisRequest);
  }

  request(pending: Pending): void {
    if (pending.key === this.shownKey || pending.key === this.inFlight?.pending.key || pending.key === this.waiting?.key) return;
    this.shownKey = null; // another state is asked for: the one shown is no longer current
    const worker = this.ensureWorker();
    if (!worker) this.onMainThread(pending);
    else if (this.inFlight) this.waiting = pending;
    else this.send(worker, pending);
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = null;
    this.waiting = null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    const worker = createModelWorker();
    this.worker = worker;
    worker?.addEventListener("message", (event: MessageEvent<AnalysisReply>) => this.onReply(worker, event.data));
    worker?.addEventListener("error", () => this.onFailure(worker));
    return worker;
  }

  private send(worker: Worker, pending: Pending): void {
    this.inFlight = { id: ++this.nextId, pending };
    worker.postMessage({ id: this.inFlight.id, kind: "fast", state: pending.state } satisfies AnalysisRequest);
  }

  private onReply(worker: Worker, data: AnalysisReply): void {
    const done = this.inFlight;
    if (data.kind !== "fast" || data.id !== done?.id) return;
    this.inFlight = null;
    const next = this.waiting;
    this.waiting = null;
    if (data.result) {
      performance.measure("calc", { start: performance.now() - data.durationMs, duration: data.durationMs });
      this.shownKey = done.pending.key;
      this.show({ key: done.pending.key, result: fromWireResult(data.result) });
    } else this.onMainThread(done.pending); // the model threw in the worker: run it here, where the error surfaces
    if (next) this.send(worker, next);
  }

  /** The worker could not start or died: from now on the model runs on the main thread. */
  private onFailure(worker: Worker): void {
    worker.terminate();
    this.worker = null;
    const next = this.waiting ?? this.inFlight?.pending ?? null;
    this.inFlight = null;
    this.waiting = null;
    if (next) this.onMainThread(next);
  }

  private onMainThread(pending: Pending): void {
    const book = this.book();
    if (!book) return;
    performance.mark("calc-start");
    const result = buildView(pending.state, book);
    performance.measure("calc", "calc-start");
    performance.clearMarks("calc-start");
    this.shownKey = pending.key;
    this.show({ key: pending.key, result });
  }
}
