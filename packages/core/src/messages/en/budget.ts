/** The budget gate's verdicts (model/budget.ts; the CLI's --fail-over). */
export const BUDGET_TEMPLATES = {
  BUDGET_WITHIN: "{what}: {pattern} costs {total}/month, within the --fail-over budget of {budget}",
  BUDGET_OVER: "{what}: {pattern} costs {total}/month, over the --fail-over budget of {budget}",
  BUDGET_OVER_LOWER_BOUND:
    "{what}: {pattern} costs at least {total}/month (a lower bound: rates are missing), already over the --fail-over budget of {budget}",
  BUDGET_UNDECIDED_LOWER_BOUND:
    "{what}: {pattern} is incomplete (rates missing); its lower bound {total}/month is within {budget} but the full bill may not be",
  BUDGET_UNDECIDED_NO_TOTAL: "{what}: {pattern} has no total (ruled out); cannot check --fail-over {budget}",
  BUDGET_UNDECIDED_NONE_PRICED: "{what}: no pattern is fully priced and able to run the workload; cannot check --fail-over {budget}",
} as const satisfies Record<string, string>;
