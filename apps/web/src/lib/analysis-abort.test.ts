import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { abortSignalOf, isAbort, makeAbortCell, wantOnly } from "./analysis-abort";
import { buildCompleteView } from "./build-view";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();
const input = toScenario(SMALL_WEB_APP.state).input;

describe("the shared abort cell (page ↔ analysis worker)", () => {
  it("outside a cross-origin isolated page there is no cell (memory cannot be shared): searches run to their end", () => {
    expect(makeAbortCell()).toBeNull(); // Node test run: no crossOriginIsolated
  });

  it("a request is aborted once the page wants another answer, or none", () => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    wantOnly(cell, 7);
    const signal = abortSignalOf(cell, 7);
    expect(signal.aborted).toBe(false);
    wantOnly(cell, 8); // a newer request
    expect(signal.aborted).toBe(true);
    wantOnly(cell, 0); // the input changed, nothing requested yet
    expect(abortSignalOf(cell, 8).aborted).toBe(true);
  });

  it("the worker's full run for a superseded request stops with an AbortError (not a model error); a wanted one completes", () => {
    if (!input) throw new Error("the preset is a valid scenario");
    const cell = new Int32Array(new SharedArrayBuffer(4));
    wantOnly(cell, 1);
    expect(buildCompleteView(input, book, abortSignalOf(cell, 1))?.json.curves).toHaveLength(20);
    wantOnly(cell, 0);
    let thrown: unknown;
    try {
      buildCompleteView(input, book, abortSignalOf(cell, 1));
    } catch (error) {
      thrown = error;
    }
    expect(isAbort(thrown)).toBe(true);
  });
});
