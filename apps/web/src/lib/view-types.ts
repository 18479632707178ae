import type { ComparisonJson, Constraint, CostCategory, OpsLevel, PatternId, PatternStatus, TradeOffRow, UpgradePolicy } from "@repo/core";

/**
 * What the result panels render: plain JSON (exact decimal strings for money), identical whether
 * it was computed on the server (first paint) or in the browser (as the user types).
 */
export type LineView = ComparisonJson["patterns"][number]["lines"][number];

/** One EC2 node group as the core planned it (core's NodeGroupDetail; nothing recomputed here). */
export type NodePlanView = {
  label: string;
  instanceType: string;
  nodeCount: number;
  nodesNeeded: number;
  vcpuPerNode: number;
  memoryGibPerNode: string;
  services: string[];
  /** "chosen" (ec2.instanceType), "cheapest-fit" (searched) or "fallback"; null without detail. */
  selection: "chosen" | "cheapest-fit" | "fallback" | null;
  consideredCount: number | null;
  /** Allocatable per node after OS/agent/kubelet reservations and per-node agents. */
  allocatableCpuMillicores: number | null;
  allocatableMemoryMib: number | null;
  /** Core's task requests ÷ allocatable, exact decimal strings (percent). */
  cpuPercent: string | null;
  memoryPercent: string | null;
  unusedMonthlyUsd: string | null;
  purchaseLabel: string | null;
  runnersUp: { instanceType: string; nodeCount: number; monthlyUsd: string; extraMonthlyUsd: string }[];
};

export type BandView = Record<OpsLevel, string>;

/** How a pattern's compute is bought; upfront is paid once and shown apart from the monthly figures. */
export type PurchaseView = {
  scope: "ec2" | "fargate"; label: string; upfrontUsd: string; termMonths: number;
  monthlyRecurringUsd: string; monthlyEffectiveUsd: string; notes: string[];
};

export type UpgradePathsView = {
  chosen: UpgradePolicy;
  clusters: number;
  upgrade: { upgradeHours: BandView; monthlyUsd: BandView };
  extendedSupport: { upgradeHours: BandView; surchargeMonthlyUsd: string; monthlyUsd: BandView } | null;
  breakEvenAvoidedHoursPerMonth: string | null;
  note: string;
};

/** TCO of a pattern (core's PatternTco): AWS + ops hours × rate, per band. */
export type TcoView = {
  infraMonthlyUsd: string;
  opsHoursPerMonth: BandView;
  opsMonthlyUsd: BandView;
  monthlyUsd: BandView;
  yearlyUsd: BandView;
  threeYearUsd: BandView;
  activities: { id: string; label: string; hours: BandView }[];
  upgradePaths: UpgradePathsView | null;
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
  /** The AWS bill's lines (they sum to monthlyUsd). */
  lines: LineView[];
  ruledOutReasons: string[];
  missingRates: { region: string; usage: string; neededFor: string }[];
  notes: string[];
  nodePlans: NodePlanView[];
  purchase: PurchaseView[];
  /** Null when ruled out (by the estimators or a workload constraint). */
  tco: TcoView | null;
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

/** The core's recommendation (cheapest TCO at the headline band), as plain text and decimal strings. */
export type Recommendation = {
  patternId: PatternId;
  label: string;
  level: OpsLevel;
  monthlyUsd: string;
  runnerUp: { patternId: PatternId; label: string; leadMonthlyUsd: string } | null;
  cheapestByLevel: Record<OpsLevel, PatternId | null>;
  reasons: string[];
  wouldChange: string[];
};

/** The core's trade-off matrix, with the workload's constraints and the matrix cells they touch. */
export type TradeOffMatrix = {
  rows: readonly TradeOffRow[];
  constraints: Constraint[];
  /** Matrix row id → patterns whose cell a constraint triggered. */
  triggered: Record<string, PatternId[]>;
};

/** One tornado row (core's SensitivityRow): the cheapest-at-baseline pattern's TCO at each end. */
export type SensitivityView = {
  id: string; label: string; unit: string; baseline: string; cheapestAtBaseline: PatternId | null;
  low: { value: string; cheapest: PatternId | null; tcoUsd: string | null };
  high: { value: string; cheapest: PatternId | null; tcoUsd: string | null };
  switchAbove: { value: string; to: PatternId } | null;
  switchBelow: { value: string; to: PatternId } | null;
};

/** A TCO break-even from the core's solver: the exact workload multiplier where the cheaper pattern changes. */
export type CrossingView = {
  a: PatternId; b: PatternId; multiplier: string; totalTasks: number; cheaperBefore: string; cheaperAfter: string;
  /** TCO of the pattern cheaper from the crossing (of `a` on a tie) there: where to mark it on the curve. */
  tcoUsd: string | null;
};

/** One point of the core's TCO curves (multipliers k × max ÷ 20). */
export type CurvePointView = { multiplier: string; totalTasks: number; tcoUsd: Partial<Record<PatternId, string>> };

/** The deferred part (break-even solver, ≈100–300 ms): filled after paint in the browser. */
export type DeferredAnalysis = { crossings: CrossingView[]; curves: CurvePointView[]; recommendation: Recommendation | null; evaluations: number };

export type CalculatorView = {
  region: string;
  priceBook: { id: string; asOf: string };
  patterns: PatternView[];
  scale: { points: ScalePoint[]; breakEvens: BreakEven[] };
  /** Headline ops band and the engineer rate behind every ops figure. */
  opsLevel: OpsLevel;
  engineerRate: { usdPerHour: string; sourceId: string };
  /** Without break-even reasons until `analysis` arrives (then its recommendation replaces this one). */
  recommendation: Recommendation | null;
  tradeOffs: TradeOffMatrix;
  sensitivity: SensitivityView[];
  /** Null while the break-even analysis is still running (browser) . */
  analysis: DeferredAnalysis | null;
  /** The core's stable JSON (exact, unrounded): what "Export JSON" downloads and CSV is made from. */
  comparisonJson: ComparisonJson;
};
