/// <reference lib="webworker" />
/**
 * Web Worker: runs the core's full model (break-even search and scale curves, ≈100–400 ms) off the main thread,
 * so typing and the redrawn chart never wait for it. Fetches the region's price book itself (same
 * static JSON route as the page).
 */
import type { ScenarioInput } from "@repo/core";
import { buildCompleteView } from "./build-view";
import { loadRegionBook } from "./client-price-book";

export type AnalysisRequest = { id: number; input: ScenarioInput };
export type AnalysisReply = { id: number; view: ReturnType<typeof buildCompleteView>; durationMs: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const { id, input } = event.data;
  latest = id;
  const book = await loadRegionBook(input.region);
  if (id !== latest) return; // a newer request arrived while the book loaded
  const start = performance.now();
  let view: AnalysisReply["view"] = null;
  try {
    view = buildCompleteView(input, book);
  } catch {
    view = null;
  }
  scope.postMessage({ id, view, durationMs: performance.now() - start } satisfies AnalysisReply);
};
