// @vitest-environment happy-dom
import { embeddedPriceBook } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { SMALL_WEB_APP } from "../../lib/presets";
import { ScalePanel, TcoBreakEvens } from "./charts-panel";

const book = embeddedPriceBook();
const t = messagesFor("en");
const complete = buildView(SMALL_WEB_APP.state, book, { withAnalysis: true }).view;
if (!complete) throw new Error("the starter scenario has a view");
const patterns = complete.patterns;

afterEach(cleanup);

/** The first row of a curve table: the core's smallest multiplier (its label and the first pattern's figure). */
const firstRow = (testId: string) => screen.getByTestId(testId).querySelector("tbody tr")?.textContent ?? "";

describe("the curve panels across a pending analysis (issue 19 item 5: the charts stay mounted)", () => {
  it("while the next analysis runs, the last curves stay, dimmed, with the 'searching' status; the crossings wait", () => {
    const { rerender } = render(<TcoBreakEvens complete={complete} patterns={patterns} t={t} locale="en" />);
    const before = firstRow("tco-curve-table");
    expect(before).toContain("×"); // the core's multiplier label, e.g. "×0.1 (…)"
    expect(screen.getByTestId("tco-break-evens")).toBeTruthy();
    // a keystroke: the new analysis is pending (complete null, no failure)
    rerender(<TcoBreakEvens complete={null} analysisFailure={null} patterns={patterns} t={t} locale="en" />);
    expect(firstRow("tco-curve-table"), "the same rows as before, not removed").toBe(before);
    expect(screen.getByTestId("tco-curve-table").closest(".stale"), "marked stale (dimmed)").not.toBeNull();
    expect(screen.getByTestId("analysis-status").getAttribute("data-state")).toBe("pending");
    expect(screen.queryByTestId("tco-break-evens"), "no crossing is listed from the last result").toBeNull();
    // the analysis lands: fresh, not dimmed
    rerender(<TcoBreakEvens complete={complete} patterns={patterns} t={t} locale="en" />);
    expect(screen.getByTestId("tco-curve-table").closest(".stale")).toBeNull();
    expect(screen.queryByTestId("analysis-status")).toBeNull();
  });

  it("a failure shows no curves (they would not come back), only why", () => {
    const { rerender } = render(<ScalePanel complete={complete} patterns={patterns} t={t} locale="en" />);
    expect(screen.getByTestId("scale-table")).toBeTruthy();
    rerender(<ScalePanel complete={null} analysisFailure="input-invalid" patterns={patterns} t={t} locale="en" />);
    expect(screen.queryByTestId("scale-table")).toBeNull();
    expect(screen.getByTestId("analysis-status").getAttribute("data-state")).toBe("input-invalid");
  });

  it("before any analysis there is nothing to keep: the status alone", () => {
    render(<ScalePanel complete={null} patterns={patterns} t={t} locale="en" />);
    expect(screen.queryByTestId("scale-table")).toBeNull();
    expect(screen.getByTestId("analysis-status").getAttribute("data-state")).toBe("pending");
  });
});
