import { sumByCategory, toDecimalString, type Analysis } from "@repo/core";
import type { ModelJson, PatternView } from "./view-types";

/**
 * The core's JSON of one result → one view per pattern: its bill, TCO and ops (all core JSON),
 * joined by pattern id, plus the core's category subtotals of the lines the TCO is made of (AWS
 * lines and the headline band's ops lines). Nothing is computed here but that join.
 */
export function patternViews(analysis: Analysis, json: ModelJson): PatternView[] {
  return json.patterns.map((pattern) => {
    const tco = analysis.tco.find((t) => t.patternId === pattern.id);
    const tcoJson = json.tco.patterns.find((t) => t.id === pattern.id);
    if (!tco || !tcoJson) throw new Error(`the core's result has no TCO for ${pattern.id}`); // unreachable: one per pattern
    const lines = tco.status === "ruled-out" ? [] : [...tco.infraLines, ...(tco.ops?.lines ?? [])];
    const byCategory: PatternView["byCategory"] = {};
    for (const [category, monthlyUsd] of sumByCategory(lines)) byCategory[category] = toDecimalString(monthlyUsd);
    return { ...pattern, lowerBound: pattern.status === "incomplete", byCategory, tco: tcoJson, ops: json.ops[pattern.id] ?? null };
  });
}
