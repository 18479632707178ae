// @vitest-environment happy-dom
import { embeddedPriceBook, exportKindsFor, parseScenario } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { Toolbar } from "../app/_components/toolbar.client";
import { buildView } from "./build-view";
import { messagesFor } from "./i18n";
import { SMALL_WEB_APP } from "./presets";
import { WEB_EXPORTS, type WebExportId } from "./web-exports";

const book = embeddedPriceBook();
const WEB_IDS = exportKindsFor("web").map((kind) => kind.id);
const viewOf = (withAnalysis: boolean) => {
  const { view } = buildView(SMALL_WEB_APP.state, book, { withAnalysis });
  if (!view) throw new Error("the small web app has no view");
  return view;
};
const toolbar = (view: ReturnType<typeof viewOf> | null, locale: "en" | "ja" = "en") =>
  render(<Toolbar view={view} shareQuery="" locale={locale} t={messagesFor(locale)} onLocale={() => undefined} />);

afterEach(cleanup);

describe("the toolbar's exports are core's EXPORT_KINDS for the web (issue 12: no face assembles its own list)", () => {
  it("one writer per web kind, no other: review-csv, export-json, scenario-yaml", () => {
    expect(Object.keys(WEB_EXPORTS).sort()).toEqual([...WEB_IDS].sort());
    expect(WEB_IDS).toEqual(["review-csv", "export-json", "scenario-yaml"]);
  });

  it("the toolbar shows one button per kind, in EXPORT_KINDS order, labelled in the page's language", () => {
    toolbar(viewOf(true));
    const buttons = [...document.querySelectorAll<HTMLButtonElement>("button[data-export]")];
    expect(buttons.map((b) => b.dataset.export)).toEqual(WEB_IDS);
    expect(buttons.map((b) => b.textContent)).toEqual(["Export CSV", "Export JSON", "Download scenario (YAML)"]);
    cleanup();
    toolbar(viewOf(true), "ja");
    expect(screen.getByRole("button", { name: "シナリオをダウンロード (YAML)" }).dataset.export).toBe("scenario-yaml");
  });

  it("the review CSV waits for the full analysis (its document comes with it); JSON and YAML are ready at once", () => {
    toolbar(viewOf(false));
    const state = (id: WebExportId) => document.querySelector<HTMLButtonElement>(`button[data-export="${id}"]`)?.disabled;
    expect([state("review-csv"), state("export-json"), state("scenario-yaml")]).toEqual([!viewOf(false).csv, false, false]);
    cleanup();
    toolbar(null);
    expect(WEB_IDS.map((id) => state(id))).toEqual([true, true, true]);
  });

  it("each kind's text is core's document as is: the JSON is view.json, the YAML parses back to a scenario core accepts", async () => {
    const view = viewOf(true);
    const json = await WEB_EXPORTS["export-json"].text(view);
    expect(JSON.parse(json ?? "")).toEqual(view.json);
    const yaml = await WEB_EXPORTS["scenario-yaml"].text(view);
    expect(parseScenario(parse(yaml ?? "")).services.map((s) => s.name)).toEqual(SMALL_WEB_APP.state.services.map((s) => s.name));
    const csv = await WEB_EXPORTS["review-csv"].text(view);
    expect(csv?.startsWith("\uFEFF")).toBe(true); // the UTF-8 BOM Excel needs to read "×" in Japanese (issue 20 item 5)
  });
});
