import { patternIdsWhere } from "@repo/core";
import type { CalculatorView } from "./view-types";

/**
 * Whether the two managed-node patterns (ECS Managed Instances, EKS Auto Mode; `classic: false` in the
 * core's descriptors) are shown: URL key `mp`, "show" (default, so links made before issue 16 — which
 * have no `mp` — show all six) or "hide". Hiding only leaves them out of the panels; the core's one
 * result (totals, break-even, recommendation) is unchanged.
 */
export const MANAGED_PATTERNS_CHOICES = ["show", "hide"] as const;
export type ManagedPatternsChoice = (typeof MANAGED_PATTERNS_CHOICES)[number];

const CLASSIC = new Set<string>(patternIdsWhere((d) => d.classic));

/** The view with the non-classic patterns left out when hidden. @example visibleView(view, "hide").patterns.map((p) => p.id) //=> the classic four */
export function visibleView<View extends CalculatorView | null>(view: View, choice: ManagedPatternsChoice): View {
  if (view === null || choice === "show") return view;
  return { ...view, patterns: view.patterns.filter((p) => CLASSIC.has(p.id)) };
}
