import type { ExportKindFor } from "@repo/core";
import { csvDownloadText } from "./csv";
import type { Messages } from "./i18n";
import type { CalculatorView } from "./view-types";

/** The export kinds core's EXPORT_KINDS offers the web face. */
export type WebExportId = ExportKindFor<"web">["id"];

/**
 * How the toolbar writes each web export of core's EXPORT_KINDS — its button label and the file text from the shown
 * view, whose documents core built (the review CSV, the export JSON, the parsed scenario). Keyed by the kinds core
 * offers the web, so a kind added to EXPORT_KINDS for the web does not compile until it has a button here.
 * `null`: nothing to write yet (the CSV comes with the worker's full analysis).
 */
export const WEB_EXPORTS: Record<WebExportId, { label: keyof Messages; text: (view: CalculatorView) => Promise<string | null> }> = {
  "review-csv": { label: "exportCsv", text: async (view) => (view.csv ? csvDownloadText(view.csv) : null) },
  "export-json": { label: "exportJson", text: async (view) => `${JSON.stringify(view.json, null, 2)}\n` },
  // the YAML writer is loaded on the first click, so it is not part of the page's first-load JavaScript
  "scenario-yaml": { label: "downloadYaml", text: async (view) => (await import("yaml")).stringify(view.json.input) },
};

/** Whether a kind can be written for this view (the button's enabled state). */
export const isExportReady = (id: WebExportId, view: CalculatorView | null): boolean =>
  view !== null && (id !== "review-csv" || Boolean(view.csv));
