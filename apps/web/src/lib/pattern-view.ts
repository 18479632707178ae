import { sumByCategory, toDecimalString, type ModelResult } from "@repo/core";
import type { ModelJson, PatternView } from "./view-types";

/**
 * The core's JSON of one result → one view per pattern: its bill, TCO and ops (all core JSON),
 * joined by pattern id, plus the core's category subtotals of the lines the TCO is made of (AWS
 * lines and the headline band's ops lines). Nothing is computed here but that join.
 */
export function patternViews(result: ModelResult, json: ModelJson): PatternView[] {
  return json.patterns.map((pattern) => {
    const model = result.patterns.find((p) => p.descriptor.id === pattern.id);
    const tcoJson = json.tco.patterns.find((t) => t.id === pattern.id);
    if (!model || !tcoJson) throw new Error(`the core's result has no TCO for ${pattern.id}`); // unreachable: one per pattern
    const lines = model.tco.status === "ruled-out" ? [] : [...model.tco.infraLines, ...(model.tco.ops?.lines ?? [])];
    const byCategory: PatternView["byCategory"] = {};
    for (const [category, monthlyUsd] of sumByCategory(lines)) byCategory[category] = toDecimalString(monthlyUsd);
    return { ...pattern, byCategory, tco: tcoJson, ops: json.ops[pattern.id] ?? null };
  });
}
