import { parseDecimal, toDecimalString } from "../money/decimal";
import { toReportingAmount } from "./convert";
import type { ReportingCurrency } from "./currency";

const DECIMAL = /^-?\d+(\.\d+)?$/;
type Json = unknown;

/**
 * The currency and its one dated rate, as every JSON report states them (estimate's export and the CLI's
 * compare / diff / portfolio): exact rate, its date and source, and whether the user set it.
 * @example currencyJson(jpyAt150) //=> { currency: "JPY", exchangeRate: { jpyPerUsd: "150", asOf: "…", source: "…", userSet: true } }
 */
export function currencyJson(reporting: ReportingCurrency) {
  return {
    currency: reporting.currency,
    exchangeRate: {
      jpyPerUsd: toDecimalString(reporting.fx.jpyPerUsd),
      asOf: reporting.fx.asOf,
      source: reporting.fx.source,
      userSet: reporting.fx.userSet,
    },
  };
}

function convertValue(value: Json, reporting: ReportingCurrency): Json | undefined {
  if (value === null) return null;
  if (typeof value === "string")
    return DECIMAL.test(value) ? toDecimalString(toReportingAmount(parseDecimal(value), reporting)) : undefined;
  if (typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, Json>).map(([k, v]) => [k, convertValue(v, reporting)] as const);
    return entries.every(([, v]) => v !== undefined) ? Object.fromEntries(entries) : undefined;
  }
  return undefined;
}

/**
 * Every USD amount of an export gets its twin in the reporting currency, next to it: a key `xUsd` holding an
 * exact decimal string (or a band / record of them, or null) gains `xJpy` with the converted exact amount.
 * (The rate itself, `jpyPerUsd`, is not an amount.) The USD keys stay (AWS rates and provenance are USD); names carry their currency, so every amount says which
 * it is. USD reports are returned unchanged. One walk over the finished JSON, so no export can miss a figure.
 * @example withReportingTwins({ monthlyUsd: "36.0401" }, jpyAt150) //=> { monthlyUsd: "36.0401", monthlyJpy: "5406.015" }
 */
export function withReportingTwins<T>(json: T, reporting: ReportingCurrency): T {
  if (reporting.currency === "USD") return json;
  const suffix = reporting.currency === "JPY" ? "Jpy" : reporting.currency;
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, Json> = {};
    for (const [key, v] of Object.entries(value as Record<string, Json>)) {
      out[key] = walk(v);
      if (key.length > 3 && key.endsWith("Usd") && key !== "jpyPerUsd") {
        const twin = convertValue(v, reporting);
        if (twin !== undefined) out[`${key.slice(0, -3)}${suffix}`] = twin;
      }
    }
    return out;
  };
  return walk(json) as T;
}
