import { renderMessage, type MessageCode } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { PatternId } from "../patterns/pattern";

/**
 * The qualitative differences between the patterns, as data (issue 6; the two managed-node patterns, issue 16): from
 * shared/docs/domain.md and shared/research/ops-effort.md F22–F27, F31. `support` is a coarse
 * grade for colouring a chart; `text` is what a reader needs (English of `textMessage`; the words
 * live in messages/en/matrix.ts, one code per row label and per cell, so a face translates them).
 */
export type Support = "yes" | "partial" | "no";
export type TradeOffCell = { support: Support; text: string; textMessage: Message };
export type TradeOffRow = { id: string; label: string; labelMessage: Message; sources: string; cells: Record<PatternId, TradeOffCell> };

const codePart = (id: string): string => id.toUpperCase().replace(/-/g, "_");

/** A row from its id, sources and each pattern's grade; the texts are the codes MATRIX_<ROW> and MATRIX_<ROW>__<PATTERN>. */
function row(id: string, sources: string, support: Record<PatternId, Support>): TradeOffRow {
  const labelMessage = message(`MATRIX_${codePart(id)}` as MessageCode);
  const cells = Object.fromEntries(
    Object.entries(support).map(([pattern, grade]) => {
      const textMessage = message(`MATRIX_${codePart(id)}__${codePart(pattern)}` as MessageCode);
      return [pattern, { support: grade, text: renderMessage(textMessage), textMessage }];
    }),
  ) as Record<PatternId, TradeOffCell>;
  return { id, label: renderMessage(labelMessage), labelMessage, sources, cells };
}

export const TRADE_OFF_MATRIX: readonly TradeOffRow[] = [
  row("daemon-sets", "F22; domain.md; docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-daemons.html", {
    "ecs-fargate": "partial",
    "ecs-ec2": "yes",
    "eks-fargate": "no",
    "eks-ec2": "yes",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "yes",
  }),
  row("gpus", "F22, F24; ManagedInstances.html; automode.html", {
    "ecs-fargate": "no",
    "ecs-ec2": "yes",
    "eks-fargate": "no",
    "eks-ec2": "yes",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "partial",
  }),
  row("max-task-size", "fargate_valid_task_sizes.csv (S12, S15, S26); F23, F24", {
    "ecs-fargate": "partial",
    "ecs-ec2": "yes",
    "eks-fargate": "partial",
    "eks-ec2": "yes",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "yes",
  }),
  row("architecture", "aws.amazon.com/fargate/pricing (ARM: ECS only); aws/containers-roadmap#1629; set-builtin-node-pools.html", {
    "ecs-fargate": "yes",
    "ecs-ec2": "yes",
    "eks-fargate": "partial",
    "eks-ec2": "yes",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "partial",
  }),
  row("windows", "domain.md; F22; ManagedInstances.html; automode.html", {
    "ecs-fargate": "yes",
    "ecs-ec2": "yes",
    "eks-fargate": "no",
    "eks-ec2": "yes",
    "ecs-managed-instances": "no",
    "eks-auto-mode": "no",
  }),
  row("spot", "domain.md; SOURCES.md (S55, S40)", {
    "ecs-fargate": "yes",
    "ecs-ec2": "yes",
    "eks-fargate": "no",
    "eks-ec2": "yes",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "partial",
  }),
  row("start-up", "F25–F27", {
    "ecs-fargate": "partial",
    "ecs-ec2": "yes",
    "eks-fargate": "partial",
    "eks-ec2": "yes",
    "ecs-managed-instances": "partial",
    "eks-auto-mode": "yes",
  }),
  row("os-access", "F22, F24; domain.md; managed-instances-capacity-providers-concept.html; automode-learn-instances.html", {
    "ecs-fargate": "no",
    "ecs-ec2": "yes",
    "eks-fargate": "no",
    "eks-ec2": "yes",
    "ecs-managed-instances": "partial",
    "eks-auto-mode": "partial",
  }),
  row("portability", "domain.md", {
    "ecs-fargate": "no",
    "ecs-ec2": "partial",
    "eks-fargate": "partial",
    "eks-ec2": "yes",
    "ecs-managed-instances": "no",
    "eks-auto-mode": "yes",
  }),
  row("learning-curve", "F31; ops-effort.md §3.1 onboarding", {
    "ecs-fargate": "yes",
    "ecs-ec2": "partial",
    "eks-fargate": "partial",
    "eks-ec2": "no",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "partial",
  }),
  row("instance-families", "ManagedInstances.html; managed-instances-instance-types.html; set-builtin-node-pools.html", {
    "ecs-fargate": "no",
    "ecs-ec2": "yes",
    "eks-fargate": "no",
    "eks-ec2": "yes",
    "ecs-managed-instances": "yes",
    "eks-auto-mode": "partial",
  }),
];
