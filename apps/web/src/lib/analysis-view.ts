import { TRADE_OFF_MATRIX, type Constraint, type ConstraintRuleId, type PatternId } from "@repo/core";
import type { TradeOffMatrix } from "./view-types";

/** Which row of the core's trade-off matrix each constraint rule is about. */
const MATRIX_ROW_OF_RULE: Record<ConstraintRuleId, string> = {
  gpu: "gpus",
  "gpu-instance": "gpus",
  "task-above-fargate-max": "max-task-size",
  privileged: "os-access",
  windows: "windows",
  "eks-fargate-x86-only": "architecture",
  "daemon-sets": "daemon-sets",
  "ebs-volumes": "persistent-storage",
  "spot-required": "spot",
  "spot-preferred": "spot",
  "gpu-node-pool": "gpus",
  "privileged-locked-node": "os-access",
  "spot-node-pool": "spot",
};

/** The core's matrix, the constraints the workload triggered, and the cells they touch. */
export function tradeOffView(constraints: readonly Constraint[]): TradeOffMatrix {
  const triggered: Record<string, PatternId[]> = {};
  for (const c of constraints) {
    const row = MATRIX_ROW_OF_RULE[c.rule];
    triggered[row] = [...new Set([...(triggered[row] ?? []), ...c.patterns])];
  }
  return { rows: TRADE_OFF_MATRIX, constraints: [...constraints], triggered };
}
