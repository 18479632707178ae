import { formatReporting, formatUsd, toDecimalString, type ReportingCurrency } from "@repo/core";
import type { Cell } from "./report";

/**
 * Display text of a cell: money in the report's currency (dollars to cents, yen to whole yen: the one display
 * rounding), "≥" before a lower bound, quantities to 4 places.
 */
export function cellText(cell: Cell, reporting?: ReportingCurrency): string {
  if (typeof cell === "string") return cell;
  if ("quantity" in cell) return cell.quantity.toDecimalPlaces(4).toFixed();
  if (cell.usd === null) return "—";
  const text = reporting ? formatReporting(cell.usd, reporting) : formatUsd(cell.usd);
  if (cell.signed) return `${cell.usd.isNegative() ? "" : "+"}${text}${cell.lowerBound ? " (lower bound)" : ""}`;
  return cell.lowerBound ? `≥ ${text}` : text;
}

/** Exact text of a cell for data formats (CSV): unrounded decimal strings, empty for "no value". */
export function cellExact(cell: Cell): string {
  if (typeof cell === "string") return cell;
  if ("quantity" in cell) return toDecimalString(cell.quantity);
  return cell.usd === null ? "" : toDecimalString(cell.usd);
}
