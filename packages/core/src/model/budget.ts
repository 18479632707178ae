import type { Comparison } from "../compare/estimate-scenario";
import { coreError } from "../errors";
import type { MessageCode } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { Decimal } from "../money/decimal";
import { formatUsd } from "../money/round";
import { PATTERN_IDS, type PatternEstimate, type PatternId } from "../patterns/pattern";
import { cheapestPricedPattern } from "./cheapest";

export type BudgetVerdict = "within" | "over" | "undecided";

export type BudgetCheck = {
  verdict: BudgetVerdict;
  /** The pattern checked (the one asked for, or the cheapest fully priced); undefined when none qualifies. */
  pattern: PatternEstimate | undefined;
  /** The pattern's total is a lower bound (rates missing). */
  lowerBound: boolean;
  message: Message<MessageCode>;
};

/** `patternId` as a PatternId, or a coded error naming the allowed values. */
export function budgetPatternId(patternId: string): PatternId {
  if (!(PATTERN_IDS as readonly string[]).includes(patternId)) {
    throw coreError(
      "INVALID_OPTION",
      message("ERR_OPTION_NOT_ONE_OF", { option: "--pattern", allowed: PATTERN_IDS.join(", "), value: patternId }),
      {
        field: "--pattern",
        allowed: PATTERN_IDS,
      },
    );
  }
  return patternId as PatternId;
}

/**
 * The budget gate's decision, on the bills with constraints applied:
 * - the pattern asked for, else the cheapest fully priced pattern that can run the workload;
 * - priced: over when its monthly total > budget, else within;
 * - incomplete (a lower bound): over when even the lower bound is above the budget, else undecided;
 * - ruled out, or no pattern qualifies: undecided.
 * @example checkBudget(result.comparison, new Decimal(40)).verdict //=> "over" (privileged workload: Fargate ruled out, ECS on EC2 ≈ $58)
 */
export function checkBudget(
  comparison: Pick<Comparison, "patterns">,
  budgetUsd: Decimal,
  patternId?: PatternId,
  what = "scenario",
): BudgetCheck {
  const pattern = patternId === undefined ? cheapestPricedPattern(comparison) : comparison.patterns.find((p) => p.id === patternId);
  const budget = formatUsd(budgetUsd);
  if (!pattern)
    return { verdict: "undecided", pattern, lowerBound: false, message: message("BUDGET_UNDECIDED_NONE_PRICED", { what, budget }) };
  const name = `${pattern.label} (${pattern.id})`;
  if (pattern.monthlyUsd === null) {
    return {
      verdict: "undecided",
      pattern,
      lowerBound: false,
      message: message("BUDGET_UNDECIDED_NO_TOTAL", { what, pattern: name, budget }),
    };
  }
  const params = { what, pattern: name, total: formatUsd(pattern.monthlyUsd), budget };
  const isOver = pattern.monthlyUsd.gt(budgetUsd);
  if (pattern.lowerBound) {
    return isOver
      ? { verdict: "over", pattern, lowerBound: true, message: message("BUDGET_OVER_LOWER_BOUND", params) }
      : { verdict: "undecided", pattern, lowerBound: true, message: message("BUDGET_UNDECIDED_LOWER_BOUND", params) };
  }
  return isOver
    ? { verdict: "over", pattern, lowerBound: false, message: message("BUDGET_OVER", params) }
    : { verdict: "within", pattern, lowerBound: false, message: message("BUDGET_WITHIN", params) };
}
