import { embeddedPriceBook, modelScenario, toDecimalString } from "@repo/core";
import { describe, expect, it, vi } from "vitest";
import { SMALL_WEB_APP } from "../lib/presets";
import { toScenario } from "../lib/to-scenario";
import type { InitialResult } from "../lib/view-wire";

// `server-only` throws outside a React Server environment; this test calls the Server Component directly.
vi.mock("server-only", () => ({}));
const { default: Page } = await import("./page");

describe("server render (issue 19 item 5: a shared link renders without the break-even search)", () => {
  it("renders the core's fast model — exact totals and the bill, no break-evens or curves — for the browser's worker to complete", async () => {
    const element = await Page({ searchParams: Promise.resolve({}) });
    const { initial } = element.props as { initial: InitialResult };
    // the default state is SMALL_WEB_APP; its totals are the core's (modelScenario, scale off = no break-even search)
    const core = modelScenario(toScenario(SMALL_WEB_APP.state).input, embeddedPriceBook(), { scale: false }).comparison;
    expect(initial.view?.isComplete).toBe(false);
    expect(initial.view?.json.curves).toEqual([]);
    expect(initial.view?.json.patterns.map((p) => [p.id, p.monthlyUsd])).toEqual(
      core.patterns.map((p) => [p.id, p.monthlyUsd === null ? null : toDecimalString(p.monthlyUsd)]),
    );
    expect(initial.view?.json.patterns[0]?.lines.length).toBeGreaterThan(0);
    // issue 17 load: the first paint sends the core's JSON once (no per-pattern copies, no CSV)
    expect(Object.keys(initial.view ?? {}).sort()).toEqual(["byCategory", "isComplete", "json"]);
  });
});
