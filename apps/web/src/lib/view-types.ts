import type { Constraint, CostCategory, CsvTable, ExportJson, ModelJson, TradeOffRow, triggeredMatrixCells } from "@repo/core";

/**
 * What the result panels render. Every type here is the core's own JSON output type (`ModelJson` =
 * ReturnType<typeof toModelJson> and its parts, never written by hand): exact decimal strings for
 * money, identical whether computed on the server (first paint), in the browser or in the worker.
 */
export type { ExportJson, ModelJson };
export type PatternJson = ModelJson["patterns"][number];
export type LineView = PatternJson["lines"][number];
export type NodePlanView = PatternJson["nodeGroups"][number];
export type PurchaseView = PatternJson["purchase"][number];
export type TcoView = ModelJson["tco"]["patterns"][number];
export type OpsView = NonNullable<ModelJson["ops"][string]>;
export type UpgradePathsView = NonNullable<TcoView["upgradePaths"]>;
export type RecommendationView = ModelJson["recommendation"];
export type SensitivityView = ModelJson["sensitivity"][number];
export type CurvePointView = ModelJson["curves"][number];
export type BreakEvenView = ModelJson["breakEven"];
export type CrossingView = BreakEvenView["pairs"][number]["crossings"][number];

/**
 * One pattern: its bill (core JSON, incl. the core's `lowerBound`: rates missing, shown "≥ $X"), its
 * TCO and ops (core JSON, same pattern), joined by id for the panels.
 */
export type PatternView = PatternJson & {
  /** The core's exact monthly subtotal per cost category (AWS lines + headline-band ops lines; absent = none). */
  byCategory: Partial<Record<CostCategory, string>>;
  tco: TcoView;
  /** Null when ruled out. */
  ops: OpsView | null;
};

/** The core's trade-off matrix, with the workload's constraints and the matrix cells they touch. */
export type TradeOffMatrix = {
  rows: readonly TradeOffRow[];
  constraints: Constraint[];
  /** Matrix row id → patterns whose cell a constraint triggered (core's `triggeredMatrixCells`). */
  triggered: ReturnType<typeof triggeredMatrixCells>;
};

export type CalculatorView = {
  /**
   * The core's JSON export (`toExportJson`: what `costcalc estimate --format json` prints, plus the
   * parsed scenario as `input`), exactly what "Export JSON" downloads; `costcalc estimate` re-prices it.
   */
  json: ExportJson;
  patterns: PatternView[];
  tradeOffs: TradeOffMatrix;
  /** The core's review CSV of the same result (`reviewCsv`: inputs, recommendation, lines, totals, ops, TCO; exact amounts): what "Export CSV" writes, escaped. Null on the server's first paint (not sent: see view-wire.ts) until the browser's own run. */
  csv: CsvTable | null;
  /** False on the per-keystroke result (no break-even search, no scale curves yet); true once the full model ran. */
  isComplete: boolean;
};
