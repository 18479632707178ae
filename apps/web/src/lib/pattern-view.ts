import { sumByCategory, toDecimalString, type ModelResult, type PatternId } from "@repo/core";
import type { ModelJson, PatternView } from "./view-types";

/**
 * The core's JSON of one result → one view per pattern: its bill, TCO and ops (all core JSON),
 * joined by pattern id, plus the core's category subtotals of the lines the TCO is made of (AWS
 * lines and the headline band's ops lines). Nothing is computed here but that join.
 */
export function patternViews(result: ModelResult, json: ModelJson): PatternView[] {
  return joinPatternViews(json, (id) => {
    const model = result.patterns.find((p) => p.descriptor.id === id);
    if (!model) throw new Error(`the core's result has no pattern ${id}`); // unreachable: one per pattern
    const lines = model.tco.status === "ruled-out" ? [] : [...model.tco.infraLines, ...(model.tco.ops?.lines ?? [])];
    const byCategory: PatternView["byCategory"] = {};
    for (const [category, monthlyUsd] of sumByCategory(lines)) byCategory[category] = toDecimalString(monthlyUsd);
    return byCategory;
  });
}

/** The join alone: each pattern's bill, TCO and ops from the core's JSON, with its category subtotals. */
export function joinPatternViews(json: ModelJson, byCategoryOf: (id: PatternId) => PatternView["byCategory"]): PatternView[] {
  return json.patterns.map((pattern) => {
    const tcoJson = json.tco.patterns.find((t) => t.id === pattern.id);
    if (!tcoJson) throw new Error(`the core's result has no TCO for ${pattern.id}`); // unreachable: one per pattern
    return { ...pattern, byCategory: byCategoryOf(pattern.id), tco: tcoJson, ops: json.ops[pattern.id] ?? null };
  });
}
