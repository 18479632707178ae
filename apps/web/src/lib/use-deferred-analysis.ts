"use client";
import type { PriceBook, ScenarioInput } from "@repo/core";
import { useEffect, useRef, useState } from "react";
import { buildCompleteView } from "./build-view";
import type { AnalysisReply, AnalysisRequest } from "./analysis.worker";
import type { CalculatorView } from "./view-types";
import { fromWireView } from "./view-wire";

type Result = { key: string; view: CalculatorView | null };

/** Quiet time after the last input before the break-even analysis starts. */
const ANALYSIS_DEBOUNCE_MS = 150;

/** A model worker (analysis.worker.ts), or null where workers are unavailable (then the caller runs the model itself). */
export function createModelWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/**
 * The deferred half of the calculation: the core's full model for `input` (break-even search and
 * scale curves included), computed in a Web Worker (or, where workers are unavailable, on the main
 * thread after the next paint), so an input change redraws the fast result first. Returns the
 * complete view only while it belongs to `key`.
 */
export function useDeferredAnalysis(key: string, input: ScenarioInput | undefined, book: PriceBook | undefined): CalculatorView | null {
  const [result, setResult] = useState<Result | null>(null);
  const worker = useRef<Worker | null | undefined>(undefined);
  const requests = useRef(new Map<number, string>());
  const nextId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!input || !book) return;
    if (worker.current === undefined) {
      worker.current = createModelWorker();
      worker.current?.addEventListener("message", (event: MessageEvent<AnalysisReply>) => {
        if (event.data.kind !== "complete") return;
        const forKey = requests.current.get(event.data.id);
        requests.current.delete(event.data.id);
        if (forKey !== undefined) {
          performance.measure("analysis", { start: performance.now() - event.data.durationMs, duration: event.data.durationMs });
          setResult({ key: forKey, view: event.data.view ? fromWireView(event.data.view) : null });
        }
      });
    }
    if (worker.current) {
      // Debounced: while the user is still typing, no analysis is started for states about to change.
      const target = worker.current;
      const timer = setTimeout(() => {
        const id = ++nextId.current;
        requests.current.set(id, key);
        target.postMessage({ id, kind: "complete", input } satisfies AnalysisRequest);
      }, ANALYSIS_DEBOUNCE_MS);
      return () => clearTimeout(timer);
    }
    // No worker: after the paint of the fast result, then on the main thread.
    let isCancelled = false;
    const timer = setTimeout(
      () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (isCancelled) return;
            let view: CalculatorView | null = null;
            try {
              view = buildCompleteView(input, book);
            } catch {
              view = null;
            }
            setResult({ key, view });
          }, 0),
        ),
      0,
    );
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [key, input, book]);

  return result && result.key === key ? result.view : null;
}
