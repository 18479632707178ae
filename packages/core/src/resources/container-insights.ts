import { fmt, type LineBuilder } from "../lines/line-builder";
import { message, type Message } from "../messages/message";
import { Decimal, sumDecimals } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { ResolvedService } from "../scenario/resolve-service";
import { HOURS_PER_MONTH } from "../units/time";

/** Documented emission rates of enhanced observability (S50, quoting aws.amazon.com/cloudwatch/pricing; secondary). */
export const OBSERVATIONS_PER_CLUSTER_MINUTE = 1720;
export const OBSERVATIONS_PER_TASK_MINUTE = 138;
const MINUTES_PER_HOUR = 60;

export type ContainerInsightsPlan = { orchestrator: "ecs" | "eks"; dataPlane: "fargate" | "ec2"; clusterCount: number };

/**
 * CloudWatch Container Insights with enhanced observability, per million observations ($0.21 first tier,
 * us-east-1, S59/S50 — medium confidence; later tiers not found, so large volumes are an upper bound).
 * Pricing: https://aws.amazon.com/cloudwatch/pricing/ (Container Insights). Pattern rules:
 * - EKS on Fargate: enhanced observability is not supported ("Container Insights with enhanced observability
 *   for Amazon EKS is not supported on Fargate",
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-EKS.html) — no line, a note.
 * - EKS on EC2: 1,720 observations/min per cluster + 138 per pod (S50).
 * - ECS (Fargate or EC2): enhanced observability exists for both launch types
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-container-insights.html); ECS emission
 *   rates were not found, so the EKS per-cluster and per-pod figures are applied per task — an approximation, noted.
 * Monthly = (1,720 × 60 × 730 × clusters + 138 × 60 × Σ task-hours) ÷ 10^6 × $/million.
 * Example (us-east-1, EKS on EC2, 1 cluster, 10 pods always on): (1,720 × 43,800) + (138 × 60 × 7,300) =
 * 75,336,000 + 60,444,000 = 135.78 M × $0.21 = $28.5138.
 * Returns the notes to show.
 */
export function addContainerInsightsLines(
  builder: LineBuilder,
  services: readonly ResolvedService[],
  plan: ContainerInsightsPlan,
): Message[] {
  if (plan.orchestrator === "eks" && plan.dataPlane === "fargate") {
    return [message("NOTE_CONTAINER_INSIGHTS_EKS_FARGATE")];
  }
  const taskHours = sumDecimals(services.map((s) => billedHoursPerTask(s.schedule, 0).times(s.taskCount)));
  const clusterObservations = new Decimal(OBSERVATIONS_PER_CLUSTER_MINUTE * MINUTES_PER_HOUR)
    .times(HOURS_PER_MONTH)
    .times(plan.clusterCount);
  const taskObservations = taskHours.times(OBSERVATIONS_PER_TASK_MINUTE * MINUTES_PER_HOUR);
  builder.add({
    id: "shared:container-insights",
    nameMessage: message("LINE_CONTAINER_INSIGHTS"),
    category: "observability",
    usage: usageKeys.containerInsightsMillionObservations(),
    quantity: clusterObservations.plus(taskObservations).div(1_000_000),
    detailMessages: [
      message("DETAIL_CONTAINER_INSIGHTS", {
        perClusterMinute: OBSERVATIONS_PER_CLUSTER_MINUTE,
        clusters: plan.clusterCount,
        perTaskMinute: OBSERVATIONS_PER_TASK_MINUTE,
        taskHours: fmt(taskHours),
        taskWord: plan.orchestrator === "eks" ? "DETAIL_WORD_POD" : "DETAIL_WORD_TASK",
      }),
    ],
  });
  return plan.orchestrator === "ecs" ? [message("NOTE_CONTAINER_INSIGHTS_ECS_APPROXIMATION")] : [];
}
