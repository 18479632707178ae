// @vitest-environment happy-dom
import { embeddedPriceBook } from "@repo/core";
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AnalysisReply, AnalysisRequest } from "./analysis.worker";
import { buildView } from "./build-view";
import { SMALL_WEB_APP } from "./presets";
import type { ScenarioState } from "./scenario-state";
import type { ServiceRow } from "./service-row";
import { useFastView, useFastViewWithEarlySend } from "./use-fast-view";
import { toWireResult } from "./view-wire";

const book = embeddedPriceBook();
const web = SMALL_WEB_APP.state.services[0] as ServiceRow;
const withTasks = (count: string): ScenarioState => ({ ...SMALL_WEB_APP.state, services: [{ ...web, count }] });

/** A stand-in for the browser's Worker: records what the page posts; the test decides when it answers. */
class FakeWorker {
  static last: FakeWorker | undefined;
  readonly posted: AnalysisRequest[] = [];
  private readonly listeners = new Map<string, (event: MessageEvent<AnalysisReply>) => void>();
  constructor() {
    FakeWorker.last = this;
  }
  addEventListener(type: "message" | "error", listener: (event: MessageEvent<AnalysisReply>) => void) {
    this.listeners.set(type, listener);
  }
  postMessage(request: AnalysisRequest) {
    this.posted.push(request);
  }
  terminate() {}
  /** The model requests (a "warm" one, loading the price book, goes first at page start). */
  get fast() {
    return this.posted.filter((r) => r.kind === "fast");
  }
  /** The worker's "error" event (script failed to load or threw at top level). */
  fail() {
    this.listeners.get("error")?.({} as MessageEvent<AnalysisReply>);
  }
  /** Answers request `index` as the real worker would (the core's fast model of that state). */
  answer(index: number) {
    const request = this.fast[index];
    if (request?.kind !== "fast") throw new Error(`request ${index} is not a fast one`);
    const reply: AnalysisReply = { id: request.id, kind: "fast", result: toWireResult(buildView(request.state, book)), durationMs: 1 };
    this.listeners.get("message")?.({ data: reply } as MessageEvent<AnalysisReply>);
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const monthly = (result: ReturnType<typeof useFastView>) => result?.view?.patterns[0]?.monthlyUsd;

describe("useFastView (issue 19 item 5: the per-keystroke model in a worker, typing never blocked)", () => {
  it("one request in flight; states typed meanwhile collapse into the newest; a superseded reply is not shown", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const states = ["4", "5", "6", "7"].map(withTasks);
    const { result, rerender } = renderHook(({ state }) => useFastView(JSON.stringify(state), state, book, true), {
      initialProps: { state: states[0] as ScenarioState },
    });
    const worker = FakeWorker.last as FakeWorker;
    // at start the worker is asked to load the region's price book, before any change needs it
    expect(worker.posted[0]).toEqual({ id: 0, kind: "warm", region: SMALL_WEB_APP.state.region });
    expect(result.current).toBeNull(); // calculating
    rerender({ state: states[1] as ScenarioState });
    rerender({ state: states[2] as ScenarioState });
    // "5" and "6" were typed while "4" was in flight: nothing more is posted yet
    expect(worker.fast.map((r) => (r.kind === "fast" ? r.state.services[0]?.count : null))).toEqual(["4"]);
    act(() => worker.answer(0));
    // "4" is not the current state ("6" is): not shown; only the newest waiting state ("6") was sent, "5" never
    expect(result.current).toBeNull();
    expect(worker.fast.map((r) => (r.kind === "fast" ? r.state.services[0]?.count : null))).toEqual(["4", "6"]);
    act(() => worker.answer(1));
    // the core's fast model of the current state, exactly (the worker runs the same buildView)
    expect(monthly(result.current)).toBe(monthly(buildView(states[2] as ScenarioState, book)));
    rerender({ state: states[3] as ScenarioState });
    expect(result.current).toBeNull();
    act(() => worker.answer(2));
    expect(monthly(result.current)).toBe(monthly(buildView(states[3] as ScenarioState, book)));
    // 4 → 6 → 7 tasks of 0.5 vCPU / 1 GiB: more tasks, a higher Fargate bill (hand check of direction)
    expect(Number(monthly(result.current))).toBeGreaterThan(Number(monthly(buildView(states[0] as ScenarioState, book))));
  });

  it("a worker that fails (e.g. its script cannot load): the waiting state is computed on the main thread instead", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const state = withTasks("9");
    const { result } = renderHook(() => useFastView(JSON.stringify(state), state, book, true));
    const worker = FakeWorker.last as FakeWorker;
    expect(result.current).toBeNull();
    act(() => worker.fail());
    expect(monthly(result.current)).toBe(monthly(buildView(state, book)));
  });

  it("without workers (old browsers, tests): the same result computed on the main thread", () => {
    vi.stubGlobal("Worker", undefined);
    const state = withTasks("3");
    const { result } = renderHook(() => useFastView(JSON.stringify(state), state, book, true));
    expect(monthly(result.current)).toBe(monthly(buildView(state, book)));
  });

  it("disabled (first paint from the server, price book not loaded): no model request, returns null", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const state = withTasks("3");
    const { result } = renderHook(() => useFastView(JSON.stringify(state), state, book, false));
    expect(result.current).toBeNull();
    expect((FakeWorker.last as FakeWorker).fast).toEqual([]);
  });

  it("a change sent early (before React renders it) is computed once: the render's own request for that state sends nothing", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const [first, next] = ["4", "5"].map(withTasks) as [ScenarioState, ScenarioState];
    const { result, rerender } = renderHook(({ state }) => useFastViewWithEarlySend(JSON.stringify(state), state, book, true), {
      initialProps: { state: first },
    });
    const worker = FakeWorker.last as FakeWorker;
    act(() => worker.answer(0));
    act(() => result.current[1](JSON.stringify(next), next)); // the input handler
    expect(worker.fast.map((r) => (r.kind === "fast" ? r.state.services[0]?.count : null))).toEqual(["4", "5"]);
    rerender({ state: next }); // React renders the change: its effect asks for the same state
    expect(worker.fast).toHaveLength(2);
    act(() => worker.answer(1));
    expect(monthly(result.current[0])).toBe(monthly(buildView(next, book)));
    rerender({ state: first }); // back to 4 tasks: shown before, but no longer current, so asked for again
    expect(worker.fast).toHaveLength(3);
  });

  it("an early send for another region is not made (its price book is not the one loaded): the render's request goes instead", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const first = withTasks("4");
    const tokyo: ScenarioState = { ...first, region: "ap-northeast-1" };
    const { result } = renderHook(() => useFastViewWithEarlySend(JSON.stringify(first), first, book, true));
    const worker = FakeWorker.last as FakeWorker;
    act(() => worker.answer(0)); // nothing in flight: an accepted request would be posted at once
    act(() => result.current[1](JSON.stringify(tokyo), tokyo));
    expect(worker.fast.map((r) => (r.kind === "fast" ? r.state.region : null))).toEqual([SMALL_WEB_APP.state.region]);
  });
});
