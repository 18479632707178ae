import type { Decimal } from "../money/decimal";

/** The reporting currencies (ISO 4217 codes). AWS rates are always USD; a report may be stated in either. */
export const CURRENCIES = ["USD", "JPY"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An exact amount with its currency, as exports carry it. @example { amount: "5406.015", currency: "JPY" } */
export type Money = { amount: string; currency: Currency };

/**
 * The one exchange rate of a report: yen per US dollar, dated and sourced. USD reports carry it too
 * (it converts a JPY engineer rate), so every figure in a report rests on the same stated rate.
 */
export type ExchangeRate = { jpyPerUsd: Decimal; asOf: string; source: string; userSet: boolean };

/** The reporting currency of a result and the one stated rate every figure is converted with. */
export type ReportingCurrency = { currency: Currency; fx: ExchangeRate };

/**
 * Default rate: the Federal Reserve's H.10 noon buying rate in New York for the yen on 2 February 2024,
 * ¥148.54 per US dollar (release of 5 February 2024, https://federalreserve.gov/releases/h10/20240205,
 * "JAPAN | YEN | … | 148.5400"). A published, dated reference; users set their own (`reporting.jpyPerUsd`,
 * CLI `--fx`, web field) — e.g. their bank's TTM of the day they review.
 */
export const DEFAULT_JPY_PER_USD = "148.54";
export const DEFAULT_FX_AS_OF = "2024-02-02";
export const DEFAULT_FX_SOURCE = "Federal Reserve H.10, noon buying rate in New York (https://federalreserve.gov/releases/h10/20240205)";
