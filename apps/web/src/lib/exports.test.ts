import { embeddedPriceBook, modelScenario, scenarioOfDocument, toModelJson } from "@repo/core";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { modelView } from "./build-view";
import { NIGHTLY_BATCH, SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();

describe.each([
  { name: "small web app", preset: SMALL_WEB_APP },
  { name: "nightly batch", preset: NIGHTLY_BATCH },
])("the $name preset's downloads are their own input", ({ preset }) => {
  const { input } = toScenario(preset.state);
  const view = modelView(input, book, false);
  const shown = view.json.patterns.map((p) => [p.id, p.status, p.monthlyUsd]);

  it("Export JSON: the core re-prices the file's own input (what `costcalc estimate exported.json` does) to the same totals", () => {
    const file = JSON.parse(`${JSON.stringify(view.json, null, 2)}\n`) as unknown;
    const again = toModelJson(modelScenario(scenarioOfDocument(file), book, { scale: false }));
    expect(again.patterns.map((p) => [p.id, p.status, p.monthlyUsd])).toEqual(shown);
  });

  it("Download scenario (YAML): the YAML text parses back to a scenario with the same totals", () => {
    const again = toModelJson(modelScenario(parse(stringify(view.json.input)), book, { scale: false }));
    expect(again.patterns.map((p) => [p.id, p.status, p.monthlyUsd])).toEqual(shown);
  });
});
