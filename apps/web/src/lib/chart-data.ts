import { COST_CATEGORIES, PATTERN_IDS, type CostCategory, type ReportingCurrency } from "@repo/core";
import { chartNumber, USD_REPORTING } from "./reporting";
import type { Messages } from "./i18n";
import type { BreakEvenView, CurvePointView, PatternView } from "./view-types";

export const CATEGORY_COLORS: Record<CostCategory, string> = {
  compute: "#2563eb",
  license: "#7c3aed",
  storage: "#0891b2",
  "control-plane": "#db2777",
  networking: "#ea580c",
  "load-balancing": "#65a30d",
  observability: "#ca8a04",
  registry: "#0d9488",
  support: "#be123c",
  tax: "#a16207",
  ops: "#6b7280",
};

/** One colour per pattern, by its place in the core's pattern list (a pattern added to the core gets the next one). */
const PATTERN_PALETTE = ["#2563eb", "#ea580c", "#16a34a", "#9333ea", "#0891b2", "#db2777", "#ca8a04", "#4b5563"] as const;

export function patternColor(id: string): string {
  const index = (PATTERN_IDS as readonly string[]).indexOf(id);
  return PATTERN_PALETTE[(index < 0 ? PATTERN_PALETTE.length - 1 : index) % PATTERN_PALETTE.length] ?? "#4b5563";
}

/** The chart series of every pattern (the core's labels and order). */
export function patternSeries(patterns: readonly PatternView[]) {
  return patterns.map((pattern) => ({ key: pattern.id, label: pattern.label, color: patternColor(pattern.id) }));
}

/** One bar per pattern with a number per category (0 where the pattern has none; ruled-out = empty), in the reporting currency. */
export function stackedBarData(patterns: readonly PatternView[], reporting: ReportingCurrency = USD_REPORTING) {
  return patterns.map((pattern) => {
    const datum: { pattern: string } & Record<string, number | string> = {
      pattern: pattern.lowerBound ? `${pattern.label} (≥)` : pattern.label,
    };
    for (const category of COST_CATEGORIES) datum[category] = chartNumber(pattern.byCategory[category] ?? "0", reporting);
    return datum;
  });
}

/** Every category is a series, ops included, so new categories appear without a redesign. */
export function categorySeries(t: Messages) {
  return COST_CATEGORIES.map((category) => ({ key: category, label: t[`category.${category}`], color: CATEGORY_COLORS[category] }));
}

/**
 * The core's scale curves as chart rows (x = the workload multiplier): `infraUsd` is the AWS bill,
 * `tcoUsd` AWS + ops at the headline band. A pattern the core did not price at a point has no value there.
 */
export function curveData(points: readonly CurvePointView[], amount: "infraUsd" | "tcoUsd", reporting: ReportingCurrency = USD_REPORTING) {
  return points.map((point) => {
    const datum: { factor: number } & Record<string, number> = { factor: Number(point.multiplier.value) };
    for (const [id, value] of Object.entries(point.patterns)) if (value) datum[id] = chartNumber(value[amount], reporting);
    return datum;
  });
}

/** A dot per core crossing (exact multiplier), at the TCO of the pattern that is cheaper from there (of `a` on a tie). */
export function crossingMarkers(breakEven: BreakEvenView, patterns: readonly PatternView[], reporting: ReportingCurrency = USD_REPORTING) {
  const label = (id: string) => patterns.find((pattern) => pattern.id === id)?.label ?? id;
  return breakEven.pairs.flatMap((pair) =>
    pair.crossings.flatMap((c) => {
      const tco = c.tcoUsd[c.cheaperAfter === "tie" ? pair.a : c.cheaperAfter];
      return tco === undefined
        ? []
        : [
            {
              factor: Number(c.multiplier.value),
              value: chartNumber(tco, reporting),
              label: `${label(c.cheaperBefore)} → ${label(c.cheaperAfter)}`,
            },
          ];
    }),
  );
}
