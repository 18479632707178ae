import type { ComparisonJson, CostCategory, PatternId, PatternStatus } from "@repo/core";

/**
 * What the result panels render: plain JSON (exact decimal strings for money), identical whether
 * it was computed on the server (first paint) or in the browser (as the user types).
 */
export type LineView = ComparisonJson["patterns"][number]["lines"][number];

export type NodePlanView = {
  label: string;
  instanceType: string;
  nodeCount: number;
  nodesNeeded: number;
  vcpuPerNode: number;
  memoryGibPerNode: string;
  /** Requested ÷ provisioned, 0-100+ (above 100 when a fixed node count is too small). */
  cpuUtilisationPct: number;
  memoryUtilisationPct: number;
  services: string[];
};

export type PatternView = {
  id: PatternId;
  label: string;
  status: PatternStatus;
  monthlyUsd: string | null;
  yearlyUsd: string | null;
  threeYearUsd: string | null;
  /** Exact monthly subtotal per cost category (categories without lines are absent). */
  byCategory: Partial<Record<CostCategory, string>>;
  lines: LineView[];
  ruledOutReasons: string[];
  missingRates: { region: string; usage: string; neededFor: string }[];
  notes: string[];
  nodePlans: NodePlanView[];
};

export type ScalePoint = { factor: number; taskCount: number; totals: Partial<Record<PatternId, string>> };

/** Where two patterns' monthly totals cross on the scale axis (linear between sample points). */
export type BreakEven = {
  cheaperBelow: PatternId;
  cheaperAbove: PatternId;
  factor: number;
  monthlyUsd: string;
  /** The two sampled factors the crossing lies between (equal when it is exactly on a sample). */
  between: [number, number];
};

export type Recommendation = {
  patternId: PatternId;
  label: string;
  monthlyUsd: string;
  runnerUp: { patternId: PatternId; label: string; monthlyUsd: string; savingsUsd: string } | null;
  excluded: { patternId: PatternId; label: string; status: PatternStatus }[];
};

/** Filled by the core's trade-off analysis when it exists; the panel renders whatever rows it gets. */
export type TradeOffMatrix = {
  criteria: { id: string; label: string }[];
  rows: { patternId: PatternId; label: string; cells: Record<string, { rating: string; isTriggered?: boolean; note?: string }> }[];
};

export type CalculatorView = {
  region: string;
  priceBook: { id: string; asOf: string };
  patterns: PatternView[];
  scale: { points: ScalePoint[]; breakEvens: BreakEven[] };
  recommendation: Recommendation | null;
  tradeOffs: TradeOffMatrix | null;
  /** The core's stable JSON (exact, unrounded): what "Export JSON" downloads and CSV is made from. */
  comparisonJson: ComparisonJson;
};
