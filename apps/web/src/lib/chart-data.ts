import { COST_CATEGORIES, type CostCategory, type PatternId } from "@repo/core";
import { toChartNumber } from "./format";
import type { Messages } from "./i18n";
import type { BreakEven, CrossingView, CurvePointView, PatternView, ScalePoint } from "./view-types";

export const CATEGORY_COLORS: Record<CostCategory, string> = {
  compute: "#2563eb", license: "#7c3aed", storage: "#0891b2", "control-plane": "#db2777",
  networking: "#ea580c", "load-balancing": "#65a30d", observability: "#ca8a04", registry: "#0d9488", support: "#be123c", ops: "#6b7280",
};

export const PATTERN_COLORS: Record<PatternId, string> = {
  "ecs-fargate": "#2563eb", "ecs-ec2": "#ea580c", "eks-fargate": "#16a34a", "eks-ec2": "#9333ea",
};

/** One bar per pattern with a number per category (0 where the pattern has none; ruled-out = empty). */
export function stackedBarData(patterns: readonly PatternView[]) {
  return patterns.map((pattern) => {
    const datum: { pattern: string } & Record<string, number | string> = { pattern: pattern.label };
    for (const category of COST_CATEGORIES) datum[category] = toChartNumber(pattern.byCategory[category] ?? "0");
    return datum;
  });
}

/** Every category is a series, ops included, so new categories appear without a redesign. */
export function categorySeries(t: Messages) {
  return COST_CATEGORIES.map((category) => ({ key: category, label: t[`category.${category}`], color: CATEGORY_COLORS[category] }));
}

export function scaleData(points: readonly ScalePoint[]) {
  return points.map((point) => {
    const datum: { factor: number } & Record<string, number> = { factor: point.factor };
    for (const [id, total] of Object.entries(point.totals)) datum[id] = toChartNumber(total);
    return datum;
  });
}

export function breakEvenMarkers(breakEvens: readonly BreakEven[], patterns: readonly PatternView[]) {
  const label = (id: PatternId) => patterns.find((pattern) => pattern.id === id)?.label ?? id;
  return breakEvens.map((point) => ({
    factor: point.factor, value: toChartNumber(point.monthlyUsd), label: `${label(point.cheaperAbove)} / ${label(point.cheaperBelow)}`,
  }));
}

/** The core's TCO curves as chart rows (x = the workload multiplier). */
export function curveData(points: readonly CurvePointView[]) {
  return points.map((point) => {
    const datum: { factor: number } & Record<string, number> = { factor: Number(point.multiplier) };
    for (const [id, total] of Object.entries(point.tcoUsd)) datum[id] = toChartNumber(total);
    return datum;
  });
}

/** A dot per core crossing, at the TCO of the pattern that is cheaper from there. */
export function crossingMarkers(crossings: readonly CrossingView[], patterns: readonly PatternView[]) {
  const label = (id: string) => patterns.find((pattern) => pattern.id === id)?.label ?? id;
  return crossings.filter((c) => c.tcoUsd !== null).map((c) => ({
    factor: Number(c.multiplier), value: toChartNumber(c.tcoUsd ?? "0"), label: `${label(c.cheaperBefore)} → ${label(c.cheaperAfter)}`,
  }));
}
