import { describe, expect, it } from "vitest";
import { analyzeScenario } from "./analyze-scenario";
import { toAnalysisJson } from "./analysis-json";
import { book, oneService } from "./test-scenarios";

/** A flag that turns true after `runs` reads: the evaluator reads it once before each new scaled run. */
function abortAfter(runs: number) {
  let reads = 0;
  return {
    get aborted() {
      reads += 1;
      return reads > runs;
    },
    get reads() {
      return reads;
    },
  };
}

describe("analyzeScenario: an abort signal (the web stops the search for a superseded state)", () => {
  it("a signal that never fires changes nothing: the same analysis, figure for figure", () => {
    const plain = analyzeScenario(oneService(4), book);
    const watched = analyzeScenario(oneService(4), book, { signal: new AbortController().signal });
    expect(JSON.stringify(toAnalysisJson(watched))).toBe(JSON.stringify(toAnalysisJson(plain)));
  });

  it("aborted mid-search: throws an AbortError at the next scaled run, after exactly that many runs", () => {
    const signal = abortAfter(3);
    let thrown: unknown;
    try {
      analyzeScenario(oneService(4), book, { signal });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DOMException);
    expect((thrown as DOMException).name).toBe("AbortError");
    // read before runs 1, 2, 3 (not aborted) and 4 (aborted): the fourth run is never made
    expect(signal.reads).toBe(4);
  });

  it("an AbortController's own reason is what is thrown", () => {
    const controller = new AbortController();
    const reason = new Error("input changed");
    controller.abort(reason);
    expect(() => analyzeScenario(oneService(4), book, { signal: controller.signal })).toThrow(reason);
  });

  it("`scale: false` makes no scaled run, so even an aborted signal is never read", () => {
    const controller = new AbortController();
    controller.abort();
    expect(analyzeScenario(oneService(4), book, { scale: false, signal: controller.signal }).curves).toEqual([]);
  });
});
