// @vitest-environment happy-dom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { USD_REPORTING, useReportingOf } from "./reporting";

const block = (jpyPerUsd: string) => ({
  reporting: { currency: "JPY", exchangeRate: { jpyPerUsd, asOf: "2026-11-28", source: "FRB H.10", userSet: false } },
});

describe("useReportingOf: one context value while the currency and rate are the same (issue 19 item 5)", () => {
  it("keeps the object across renders with an equal block, and makes a new one when the rate changes", () => {
    const { result, rerender } = renderHook(({ json }) => useReportingOf(json as never), { initialProps: { json: block("150") } });
    const first = result.current;
    expect(first.currency).toBe("JPY");
    expect(first.fx.jpyPerUsd.toFixed()).toBe("150");
    rerender({ json: block("150") }); // a new view: a new but equal block
    expect(result.current, "same object: no figure on the page renders again for it").toBe(first);
    rerender({ json: block("148.54") });
    expect(result.current).not.toBe(first);
    expect(result.current.fx.jpyPerUsd.toFixed()).toBe("148.54");
  });

  it("no view yet: USD at the dated default rate", () => {
    const { result } = renderHook(() => useReportingOf(undefined));
    expect(result.current).toBe(USD_REPORTING);
  });
});
