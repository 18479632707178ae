import { TRADE_OFF_MATRIX } from "@repo/core";
import { tradeOffView } from "./analysis-view";
import type { ViewResult } from "./build-view";
import { joinPatternViews } from "./pattern-view";
import { shareIdentical } from "./share-identical";
import type { CalculatorView, ExportJson, PatternView } from "./view-types";

/**
 * The view as the server sends it with the first paint (issue 17 load): the core's JSON and the
 * per-pattern category subtotals only. The per-pattern views repeat the JSON's bills, TCO and ops
 * (≈ 40 % of the payload) and the trade-off matrix repeats the JSON's, so the browser re-joins them
 * from the JSON instead of receiving them twice; the CSV export (≈ 8 KB) is not sent at all: the
 * browser's own run of the model, as soon as the region's price book has loaded, carries it. The
 * trade-off matrix is the core's constant (`TRADE_OFF_MATRIX`, the very object the JSON holds), so it
 * is not sent either (null in its place, so the key order of the export stays the core's): the
 * browser puts its own copy back.
 */
export type WireView = Pick<CalculatorView, "isComplete"> & {
  json: Omit<ExportJson, "tradeOffMatrix"> & { tradeOffMatrix: null };
  byCategory: Record<string, PatternView["byCategory"]>;
  /** Sent by the model worker (whose result is the one exported), never with the server's first paint. */
  csv?: CalculatorView["csv"];
};

/** @example toWireView(view).byCategory["ecs-fargate"] //=> { compute: "172.8453", … } */
export function toWireView(view: CalculatorView, options: { withCsv?: boolean } = {}): WireView {
  return {
    json: { ...view.json, tradeOffMatrix: null },
    isComplete: view.isComplete,
    byCategory: Object.fromEntries(view.patterns.map((pattern) => [pattern.id, pattern.byCategory])),
    ...(options.withCsv ? { csv: view.csv } : {}),
  };
}

/** The view the panels render, rebuilt from the wire form (the same data: nothing is computed but joins). */
export function fromWireView(wire: WireView): CalculatorView {
  const json: ExportJson = { ...wire.json, tradeOffMatrix: TRADE_OFF_MATRIX };
  return {
    json,
    patterns: joinPatternViews(json, (id) => wire.byCategory[id] ?? {}),
    tradeOffs: tradeOffView(wire.json.constraints),
    csv: wire.csv ?? null,
    isComplete: wire.isComplete,
  };
}

/** A `ViewResult` in wire form: what the server sends with the first paint and the model worker posts back. */
export type WireResult = {
  view: WireView | null;
  errors: ViewResult["errors"];
  input?: ViewResult["input"];
  excludedRows?: ViewResult["excludedRows"];
};
/** The server's first paint as sent to the browser: the wire view (or none) and the field errors. */
export type InitialResult = WireResult;

/**
 * The wire view with every repeated part shared (share-identical.ts: React sends each once, ≈ 40 % of
 * the core's JSON for a 4-service link), computed once per link (page.tsx caches it).
 * @example <Calculator initial={toInitialResult(buildView(state, book))} … />
 */
export function toInitialResult(result: ViewResult): InitialResult {
  return {
    view: result.view ? shareIdentical(toWireView(result.view)) : null,
    errors: result.errors,
    ...(result.excludedRows?.length ? { excludedRows: result.excludedRows } : {}),
  };
}

/** For postMessage: half the structured clone (1 MB → ½ MB for 200 services), the CSV kept. */
export function toWireResult(result: ViewResult): WireResult {
  return { ...result, view: result.view ? toWireView(result.view, { withCsv: true }) : null };
}

export function fromWireResult(wire: WireResult): ViewResult {
  return { ...wire, view: wire.view ? fromWireView(wire.view) : null };
}
