/** Exit codes a CI job can rely on. */
export const EXIT_OK = 0;
/** The run failed for a reason outside the input (a bug, an I/O failure). */
export const EXIT_FAILURE = 1;
/** The input is wrong: malformed file, unknown field, invalid value. One clear message on stderr. */
export const EXIT_BAD_INPUT = 2;
/** `--fail-over <usd>`: the checked monthly total is above the budget (output is still printed). */
export const EXIT_OVER_BUDGET = 3;
/**
 * `--fail-over <usd>`: the budget check cannot be decided — the checked pattern is ruled out, or it
 * is incomplete (missing rates) and its partial total is within the budget.
 */
export const EXIT_BUDGET_UNDECIDED = 4;
