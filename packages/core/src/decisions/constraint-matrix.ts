import type { PatternId } from "../patterns/pattern";
import type { Constraint, ConstraintRuleId } from "./constraints";
import { TRADE_OFF_MATRIX } from "./trade-off-matrix";

/**
 * Which row of the trade-off matrix (TRADE_OFF_MATRIX ids) each constraint rule is about: a GPU rule is
 * about the "gpus" row, a privileged container about "os-access", … Declared once here, next to the rules,
 * so a face never maps rules to rows itself; a new rule fails to compile until it names its row.
 */
export const MATRIX_ROW_OF_RULE: Readonly<Record<ConstraintRuleId, string>> = {
  gpu: "gpus",
  "gpu-instance": "gpus",
  "task-above-fargate-max": "max-task-size",
  privileged: "os-access",
  windows: "windows",
  "eks-fargate-x86-only": "architecture",
  "daemon-sets": "daemon-sets",
  "spot-required": "spot",
  "spot-preferred": "spot",
  "gpu-node-pool": "gpus",
  "privileged-locked-node": "os-access",
  "spot-node-pool": "spot",
};

/**
 * The matrix cells the workload's constraints touch: per matrix row id, the patterns a triggered rule of that
 * row rules out or flags (each pattern once, in the constraints' order). Rows no constraint touches are absent.
 * @example triggeredMatrixCells(result.constraints) //=> { "os-access": ["ecs-fargate", "eks-fargate"] } (privileged: true)
 */
export function triggeredMatrixCells(constraints: readonly Constraint[]): Record<string, PatternId[]> {
  const triggered: Record<string, PatternId[]> = {};
  for (const c of constraints) {
    const row = MATRIX_ROW_OF_RULE[c.rule];
    triggered[row] = [...new Set([...(triggered[row] ?? []), ...c.patterns])];
  }
  return triggered;
}

/** Matrix row ids, for checks that every rule's row exists. */
export const MATRIX_ROW_IDS: readonly string[] = TRADE_OFF_MATRIX.map((row) => row.id);
