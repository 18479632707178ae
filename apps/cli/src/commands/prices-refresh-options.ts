/**
 * The option values of `prices refresh`, apart from its code: `prices.ts` registers the command
 * with these without loading the refresh code (and with it the AWS SDK), which is imported only
 * when `prices refresh` actually runs.
 */
export const PRICE_SOURCES = ["api", "offer-files"] as const;
export const DEFAULT_PRICES_FILE = "prices.json";

export type RefreshCliOptions = { regions?: string; source: string; out: string; progress?: boolean; spot: boolean; timeout?: string };
