"use client";
import type { PriceBook } from "@repo/core";
import { useEffect, useRef, useState } from "react";
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
  const [reply, setReply] = useState<Reply | null>(null);
  const worker = useRef<Worker | null | undefined>(undefined);
  const inFlight = useRef<{ id: number; key: string } | null>(null);
  const waiting = useRef<Pending | null>(null);
  const nextId = useRef(0);
  const lastSent = useRef<ScenarioState>(state);
  const latestBook = useRef(book);
  latestBook.current = book;

  useEffect(
    () => () => {
      // unmounted (or remounted by StrictMode): a new worker is made on the next use
      worker.current?.terminate();
      worker.current = undefined;
      inFlight.current = null;
      waiting.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!isEnabled || !book) return;
    const send = (target: Worker, pending: Pending) => {
      const id = ++nextId.current;
      inFlight.current = { id, key: pending.key };
      lastSent.current = pending.state;
      target.postMessage({ id, kind: "fast", state: pending.state } satisfies AnalysisRequest);
    };
    // No worker, or it failed: the model on the main thread, right away (a model bug then surfaces here).
    const onMainThread = (pending: Pending) => {
      const current = latestBook.current;
      if (!current) return;
      performance.mark("calc-start");
      const result = buildView(pending.state, current);
      performance.measure("calc", "calc-start");
      performance.clearMarks("calc-start");
      setReply({ key: pending.key, result });
    };
    if (worker.current === undefined) {
      worker.current = createModelWorker();
      const target = worker.current;
      target?.addEventListener("message", (event: MessageEvent<AnalysisReply>) => {
        const data = event.data;
        const done = inFlight.current;
        if (data.kind !== "fast" || data.id !== done?.id) return;
        inFlight.current = null;
        const next = waiting.current;
        waiting.current = null;
        if (data.result) {
          performance.measure("calc", { start: performance.now() - data.durationMs, duration: data.durationMs });
          setReply({ key: done.key, result: fromWireResult(data.result) });
        } else onMainThread({ key: done.key, state: lastSent.current });
        if (next) send(target, next);
      });
      target?.addEventListener("error", () => {
        worker.current = null;
        target.terminate();
        const next = waiting.current ?? (inFlight.current ? { key: inFlight.current.key, state: lastSent.current } : null);
        inFlight.current = null;
        waiting.current = null;
        if (next) onMainThread(next);
      });
    }
    const target = worker.current;
    if (!target) {
      onMainThread({ key, state });
      return;
    }
    if (inFlight.current) waiting.current = { key, state };
    else send(target, { key, state });
  }, [key, state, book, isEnabled]);

  return reply && reply.key === key ? reply.result : null;
}
