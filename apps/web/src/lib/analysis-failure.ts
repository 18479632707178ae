/**
 * Why the break-even search (the full model: break-evens, scale curves, "what would change it") has
 * no result for the current inputs (issue 20 item 2): the page says this instead of "searching" for ever.
 * - input-invalid: a field that every bill depends on is wrong; the search waits for a valid state.
 * - prices-unavailable: the region's price book did not load (page or worker).
 * - model-refused: the core refused a scaled run of the scenario (a CoreError).
 * - model-error: the model threw (a bug); the totals above come from the fast run and stand.
 * - timed-out: the worker did not answer within ANALYSIS_TIMEOUT_MS and was stopped.
 */
export const ANALYSIS_FAILURES = ["input-invalid", "prices-unavailable", "model-refused", "model-error", "timed-out"] as const;
export type AnalysisFailure = (typeof ANALYSIS_FAILURES)[number];
