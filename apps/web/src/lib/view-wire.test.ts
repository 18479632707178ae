import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { SMALL_WEB_APP } from "./presets";
import type { ServiceRow } from "./service-row";
import { fromWireResult, fromWireView, toInitialResult, toWireResult, toWireView } from "./view-wire";

const book = embeddedPriceBook();
const first = SMALL_WEB_APP.state.services[0] as ServiceRow;
const fourServices = {
  ...SMALL_WEB_APP.state,
  services: ["web", "api", "worker", "cron"].map((name, i) => ({ ...first, name, count: String(i + 1) })),
};

describe("the first paint's wire form (issue 17: a slimmer payload, the same view)", () => {
  for (const [label, state] of [
    ["the default scenario", SMALL_WEB_APP.state],
    ["a 4-service shared link", fourServices],
    ["privileged (Fargate ruled out: constraints in the trade-off matrix)", { ...SMALL_WEB_APP.state, workloadPrivileged: "yes" }],
  ] as const) {
    it(`${label}: rebuilt in the browser it is the server's view exactly, CSV aside`, () => {
      const view = buildView(state, book).view;
      if (!view) throw new Error("the preset is a valid scenario");
      // through JSON, as React sends it from the server to the browser
      const rebuilt = fromWireView(JSON.parse(JSON.stringify(toWireView(view))));
      expect(rebuilt).toEqual({ ...JSON.parse(JSON.stringify(view)), csv: null });
      // "Export JSON" of the first paint writes the same text as the server's view (key order included)
      expect(JSON.stringify(fromWireView(toInitialResult({ view, errors: {} }).view ?? toWireView(view)).json)).toBe(
        JSON.stringify(view.json),
      );
    });
  }

  it("the model worker's reply keeps the CSV export: rebuilt, it is the main-thread result exactly", () => {
    const result = buildView(fourServices, book);
    // through JSON, standing in for the structured clone of postMessage (plain data both ways)
    expect(fromWireResult(JSON.parse(JSON.stringify(toWireResult(result))))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it("sends the core's JSON once, without the core's constant trade-off matrix: at most ~55 % of the full view's size (per-pattern copies and CSV left out)", () => {
    const view = buildView(fourServices, book).view;
    if (!view) throw new Error("the link is a valid scenario");
    const wire = JSON.stringify(toWireView(view)).length;
    const full = JSON.stringify(view).length;
    // json ≈ half the view (measured: 53.6 of 107.3 KB for the default scenario); byCategory adds < 1 KB
    expect(wire / full).toBeLessThan(0.55);
    // the matrix is TRADE_OFF_MATRIX itself: the browser has it, so the wire is the JSON without it, plus byCategory
    const matrix = JSON.stringify(view.json.tradeOffMatrix).length;
    expect(wire).toBeGreaterThan(JSON.stringify(view.json).length - matrix);
    expect(wire).toBeLessThan(JSON.stringify(view.json).length - matrix + 1_000);
  });
});
