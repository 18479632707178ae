// @vitest-environment happy-dom
import { embeddedPriceBook, type ScenarioInput } from "@repo/core";
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnalysisReply, AnalysisRequest } from "./analysis.worker";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";
import { makeAbortCell } from "./analysis-abort";
import { ANALYSIS_TIMEOUT_MS, useDeferredAnalysis } from "./use-deferred-analysis";

const book = embeddedPriceBook();
const input = toScenario(SMALL_WEB_APP.state).input as ScenarioInput;

/** A stand-in Worker: records the page's requests; the test decides whether and how it answers. */
class FakeWorker {
  static last: FakeWorker | undefined;
  readonly posted: AnalysisRequest[] = [];
  isTerminated = false;
  private readonly listeners = new Map<string, (event: MessageEvent<AnalysisReply>) => void>();
  constructor() {
    FakeWorker.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<AnalysisReply>) => void) {
    this.listeners.set(type, listener);
  }
  postMessage(request: AnalysisRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.isTerminated = true;
  }
  reply(data: Omit<Extract<AnalysisReply, { kind: "complete" }>, "id" | "kind" | "durationMs">) {
    const request = this.posted.at(-1);
    if (!request) throw new Error("nothing was posted");
    this.listeners.get("message")?.({ data: { id: request.id, kind: "complete", durationMs: 1, ...data } } as MessageEvent<AnalysisReply>);
  }
  fail() {
    this.listeners.get("error")?.({} as MessageEvent<AnalysisReply>);
  }
}

beforeEach(() => {
  vi.useFakeTimers(); // the debounce and the give-up timer advance by hand: nothing depends on real time
  vi.stubGlobal("Worker", FakeWorker);
  FakeWorker.last = undefined;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function start() {
  const hook = renderHook(() => useDeferredAnalysis("k1", input, book));
  act(() => vi.advanceTimersByTime(200)); // past the 150 ms debounce: the request is posted
  const worker = FakeWorker.last;
  if (!worker) throw new Error("no worker made");
  expect(worker.posted.map((r) => r.kind)).toEqual(["complete"]);
  return { hook, worker };
}

describe("useDeferredAnalysis: the break-even search ends or says why (issue 20 item 2)", () => {
  it("pending (no view, no failure) until the worker answers", () => {
    const { hook } = start();
    expect(hook.result.current).toEqual({ view: null, failure: null });
  });

  it("a reply without a view (the core refused the scaled scenario) is 'model-refused', not pending", () => {
    const { hook, worker } = start();
    act(() => worker.reply({ view: null }));
    expect(hook.result.current).toEqual({ view: null, failure: "model-refused" });
  });

  it("the worker's own reason is kept (its prices did not load)", () => {
    const { hook, worker } = start();
    act(() => worker.reply({ view: null, failure: "prices-unavailable" }));
    expect(hook.result.current.failure).toBe("prices-unavailable");
  });

  it("no answer within ANALYSIS_TIMEOUT_MS: 'timed-out', and that worker is terminated", () => {
    const { hook, worker } = start();
    act(() => vi.advanceTimersByTime(ANALYSIS_TIMEOUT_MS - 100)); // posted at 150 ms of the 200 advanced
    expect(hook.result.current.failure).toBeNull();
    act(() => vi.advanceTimersByTime(100));
    expect(hook.result.current).toEqual({ view: null, failure: "timed-out" });
    expect(worker.isTerminated).toBe(true);
  });

  it("a late answer after the give-up is ignored (the page keeps saying why)", () => {
    const { hook, worker } = start();
    act(() => vi.advanceTimersByTime(ANALYSIS_TIMEOUT_MS));
    act(() => worker.reply({ view: null, failure: "model-error" }));
    expect(hook.result.current.failure).toBe("timed-out");
  });

  it("the worker dies (its error event): the full model runs on the main thread and the break-evens arrive", () => {
    const { hook, worker } = start();
    act(() => worker.fail());
    expect(worker.isTerminated).toBe(true);
    expect(hook.result.current.failure).toBeNull();
    expect(hook.result.current.view?.isComplete).toBe(true);
    expect(hook.result.current.view?.json.breakEven.searchedTo.value).toBeDefined();
  });
});

describe("useDeferredAnalysis: a superseded search is stopped (cross-origin isolated page)", () => {
  it("each request carries the shared cell holding its id; a change of input sets it to 0; an aborted reply is not shown", () => {
    vi.stubGlobal("crossOriginIsolated", true);
    const cell = makeAbortCell();
    const hook = renderHook(({ key }) => useDeferredAnalysis(key, input, book, cell), { initialProps: { key: "k1" } });
    act(() => vi.advanceTimersByTime(200));
    const worker = FakeWorker.last as FakeWorker;
    const request = worker.posted[0];
    if (request?.kind !== "complete" || !request.abort) throw new Error("the request carries no abort cell");
    expect(Atomics.load(request.abort, 0), "the worker's run is wanted").toBe(request.id);
    hook.rerender({ key: "k2" }); // typed again before the answer
    expect(Atomics.load(request.abort, 0), "no answer wanted until k2's request is posted").toBe(0);
    act(() => worker.reply({ view: null, aborted: true }));
    expect(hook.result.current, "still searching for k2: the stopped run is neither a result nor a failure").toEqual({
      view: null,
      failure: null,
    });
  });
});
