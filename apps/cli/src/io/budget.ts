import { formatUsd, parseDecimal, PATTERN_IDS, type Comparison, type Decimal, type PatternEstimate } from "@repo/core";
import { cheapestPattern } from "../render/comparison-report";
import { CliError } from "./cli-error";
import { EXIT_BUDGET_UNDECIDED, EXIT_OVER_BUDGET } from "./exit-codes";

export type BudgetOptions = { failOver?: string; pattern?: string };

/** `--fail-over 1500` / `--fail-over 1,500.50` / `--fail-over $1500` → an exact decimal (exit 2 if not a number). */
export function parseBudgetUsd(text: string): Decimal {
  const cleaned = text.trim().replace(/^\$/, "").replace(/,/g, "");
  try {
    const value = parseDecimal(cleaned, "--fail-over");
    if (value.isNegative()) throw new Error("negative");
    return value;
  } catch {
    throw new CliError("INVALID_OPTION", `--fail-over must be a non-negative USD amount such as 1500 or 1500.50 (got "${text}")`);
  }
}

/** The pattern a budget applies to: `--pattern <id>`, or else the cheapest pattern with a total. */
export function budgetPattern(comparison: Comparison, patternId: string | undefined): PatternEstimate | undefined {
  if (patternId !== undefined) {
    if (!(PATTERN_IDS as readonly string[]).includes(patternId)) {
      throw new CliError("INVALID_OPTION", `--pattern must be one of ${PATTERN_IDS.join(", ")} (got "${patternId}")`);
    }
    return comparison.patterns.find((p) => p.id === patternId);
  }
  return cheapestPattern(comparison);
}

/**
 * The CI gate: throws (after the report has been written) a CliError with exit code 3 when the
 * checked monthly total is above the budget, 4 when it cannot be decided; returns when within budget.
 */
export function enforceBudget(comparison: Comparison, options: BudgetOptions, what: string): void {
  if (options.failOver === undefined) {
    if (options.pattern !== undefined) budgetPattern(comparison, options.pattern);
    return;
  }
  const budget = parseBudgetUsd(options.failOver);
  const pattern = budgetPattern(comparison, options.pattern);
  const name = pattern ? `${pattern.label} (${pattern.id})` : "no priced pattern";
  if (!pattern || pattern.monthlyUsd === null) {
    throw new CliError("BUDGET_UNDECIDED", `${what}: ${name} has no total (ruled out or none priced); cannot check --fail-over ${formatUsd(budget)}`, EXIT_BUDGET_UNDECIDED);
  }
  const total = formatUsd(pattern.monthlyUsd);
  if (pattern.monthlyUsd.gt(budget)) {
    const partial = pattern.status === "incomplete" ? " (a partial total: rates are missing)" : "";
    throw new CliError("OVER_BUDGET", `${what}: ${name} costs ${total}/month${partial}, over the --fail-over budget of ${formatUsd(budget)}`, EXIT_OVER_BUDGET);
  }
  if (pattern.status === "incomplete") {
    throw new CliError("BUDGET_UNDECIDED", `${what}: ${name} is incomplete (rates missing); its partial ${total}/month is within ${formatUsd(budget)} but the full bill may not be`, EXIT_BUDGET_UNDECIDED);
  }
}
