import type { ServiceInput } from "../core-types";
import { warning, type ImportWarning } from "../import-result";
import type { TaskDefinition } from "./task-definition-schema";

/**
 * Log drivers that send container output to CloudWatch Logs (billed per GB ingested, issue 15):
 * - `awslogs` sends stdout/stderr to a CloudWatch Logs group
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html);
 * - `awsfirelens` routes through Fluent Bit / Fluentd, often to CloudWatch Logs but possibly elsewhere
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html).
 * The task definition states the driver, never the volume, so the service gets
 * `logIngestionGbPerMonth: 0` (the estimate lists logs as "not estimated") and a hint to set it.
 * @example addLogDriverHint({ containerDefinitions: [{ name: "app", logConfiguration: { logDriver: "awslogs" } }] }, service, "td.json", "")
 * //=> [{ kind: "assumed", field: "containerDefinitions[0].logConfiguration", … }], and service.logIngestionGbPerMonth === 0
 */
export function addLogDriverHint(task: TaskDefinition, service: ServiceInput, source: string, prefix: string): ImportWarning[] {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const index = task.containerDefinitions.findIndex((container) => {
    const driver = container.logConfiguration?.logDriver;
    return driver === "awslogs" || driver === "awsfirelens";
  });
  if (index < 0) return [];
  const driver = task.containerDefinitions[index]?.logConfiguration?.logDriver;
  service.logIngestionGbPerMonth = 0;
  const where = driver === "awslogs" ? "to CloudWatch Logs" : "through FireLens (to CloudWatch Logs if that is its output)";
  return [
    warning(
      "assumed",
      source,
      at(`containerDefinitions[${index}].logConfiguration`),
      `log driver ${driver} sends container logs ${where}, billed per GB ingested; the volume is not in the task definition: logIngestionGbPerMonth set to 0 (listed as not estimated) — set it to include the logs line`,
    ),
  ];
}
