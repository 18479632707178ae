// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WhenVisible } from "./when-visible.client";

/** The browser's IntersectionObserver, driven by the test: `report(true)` = the box scrolled into view. */
function fakeObserver() {
  let callback: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
  class Observer {
    constructor(cb: typeof callback) {
      callback = cb;
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal("IntersectionObserver", Observer);
  return { report: (isIntersecting: boolean) => act(() => callback?.([{ isIntersecting }])) };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("WhenVisible (charts below the fold are redrawn when they come into view)", () => {
  it("out of view, a new value is not drawn; back in view, the current one is", () => {
    const observer = fakeObserver();
    const { rerender } = render(
      <WhenVisible>
        <p data-testid="drawn">total 100</p>
      </WhenVisible>,
    );
    expect(screen.getByTestId("drawn").textContent, "first render: drawn at once").toBe("total 100");
    observer.report(false);
    rerender(
      <WhenVisible>
        <p data-testid="drawn">total 120</p>
      </WhenVisible>,
    );
    expect(screen.getByTestId("drawn").textContent, "off screen: the last drawn value stays").toBe("total 100");
    observer.report(true);
    expect(screen.getByTestId("drawn").textContent, "scrolled into view: redrawn with the current value").toBe("total 120");
  });

  it("without IntersectionObserver it always draws the current children", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { rerender } = render(<WhenVisible>one</WhenVisible>);
    rerender(<WhenVisible>two</WhenVisible>);
    expect(document.body.textContent).toBe("two");
  });
});
