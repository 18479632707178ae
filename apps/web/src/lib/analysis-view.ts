import { TRADE_OFF_MATRIX, triggeredMatrixCells, type Constraint } from "@repo/core";
import type { TradeOffMatrix } from "./view-types";

/** The core's matrix, the constraints the workload triggered, and the cells they touch (core's `triggeredMatrixCells`). */
export function tradeOffView(constraints: readonly Constraint[]): TradeOffMatrix {
  return { rows: TRADE_OFF_MATRIX, constraints: [...constraints], triggered: triggeredMatrixCells(constraints) };
}
