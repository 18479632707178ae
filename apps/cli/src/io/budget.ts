import { budgetPatternId, checkBudget, isCoreError, parseDecimal, renderMessage, type Comparison, type Decimal } from "@repo/core";
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

function patternOption(patternId: string): ReturnType<typeof budgetPatternId> {
  try {
    return budgetPatternId(patternId);
  } catch (error) {
    if (isCoreError(error))
      throw new CliError("INVALID_OPTION", error.message.replace(/^\[core\] INVALID_OPTION: /, "").replace(/ \(field: .*$/, ""));
    throw error;
  }
}

/**
 * The CI gate on the core's verdict (`checkBudget`, constraints applied): throws (after the report has
 * been written) a CliError with exit code 3 when over the budget, 4 when it cannot be decided; returns
 * when within budget.
 */
export function enforceBudget(comparison: Pick<Comparison, "patterns">, options: BudgetOptions, what: string): void {
  const patternId = options.pattern === undefined ? undefined : patternOption(options.pattern);
  if (options.failOver === undefined) return;
  const check = checkBudget(comparison, parseBudgetUsd(options.failOver), patternId, what);
  if (check.verdict === "over") throw new CliError("OVER_BUDGET", renderMessage(check.message), EXIT_OVER_BUDGET);
  if (check.verdict === "undecided") throw new CliError("BUDGET_UNDECIDED", renderMessage(check.message), EXIT_BUDGET_UNDECIDED);
}
