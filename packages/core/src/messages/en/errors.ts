/**
 * Input errors as codes (issue 12 item 5): a `CoreError`'s `detail` is one of these with its parameters
 * (`field`, `value`, `min`, `max`, `service`, `serviceNumber`, …), so a face words the error itself. The
 * English below is the CLI's one-line error text (`[core] CODE: <this> (field: …)`), kept as it was.
 * A range is a nested code in `range` (`{range:message}`): RANGE_WHOLE / RANGE_REAL / RANGE_ABOVE.
 */
export const ERROR_TEMPLATES = {
  RANGE_WHOLE: "{min} to {max} (whole number)",
  RANGE_REAL: "{min} to {max}",
  RANGE_ABOVE: "above {min} to {max}",
  ERR_OUT_OF_RANGE: "{value} is out of range, allowed: {range:message}",
  ERR_OUT_OF_RANGE_NO_VALUE: "the value is out of range, allowed: {range:message}",
  ERR_NOT_WHOLE: "{value} is not a whole number, allowed: {range:message}",
  ERR_NOT_A_NUMBER: "{value} is not a finite number, allowed: {range:message}",
  ERR_NUMBER_MISSING: "the value is not a finite number, allowed: {range:message}",
  ERR_NOT_ONE_OF: "Invalid option: expected one of {options}",
  ERR_UNKNOWN_FIELDS: "unknown field(s) at {at}: {keys}",
  ERR_UNKNOWN_TOP_FIELDS: "unknown field(s) at the top level: {keys}",
  ERR_TOO_LONG: "longer than {max} characters (got {value})",
  ERR_MORE_PROBLEMS: "{first:message} (+{more} more problem(s))",
  // ECS on Fargate task sizes (fargate/ecs-task-size.ts): the nearest valid sizes are named
  ERR_FARGATE_VCPU_BETWEEN:
    "{vcpu} vCPU is not a Fargate task size; nearest: {lowerVcpu} vCPU ({lowerMinGb}–{lowerMaxGb} GB) or {upperVcpu} vCPU ({upperMinGb}–{upperMaxGb} GB)",
  ERR_FARGATE_VCPU_NEAREST: "{vcpu} vCPU is not a Fargate task size; nearest: {nearestVcpu} vCPU ({nearestMinGb}–{nearestMaxGb} GB)",
  ERR_FARGATE_MEMORY:
    "{memoryGb} GB is not valid with {vcpu} vCPU on Fargate; nearest: {nearestGb} GB ({vcpu} vCPU takes {minGb}–{maxGb} GB)",
  // pricing and option rules (compare/, ec2/, purchase/, scenario/resolve-service.ts, ops/)
  ERR_UNKNOWN_REGION: '"{region}" is not an AWS commercial region',
  ERR_DUPLICATE_SERVICE: 'service name "{service}" is used twice',
  ERR_WINDOWS_ARM: 'service "{service}": Windows runs on x86_64 only on AWS (no Windows on arm64)',
  ERR_SPOT_EKS_FARGATE: "Fargate Spot runs ECS tasks only: EKS on Fargate pods cannot use it",
  ERR_SPOT_WINDOWS: 'Fargate Spot runs Linux tasks only, but service "{service}" is Windows',
  ERR_UNKNOWN_INSTANCE_TYPE: '"{instanceType}" is not in the instance catalog ({count} types)',
  ERR_INSTANCE_ARCHITECTURE: '{instanceType} is {instanceArchitecture} but service "{service}" is {architecture}',
  ERR_UPGRADE_CONTRADICTS_EXTENDED: 'ops.upgradePolicy "upgrade" contradicts eks.supportTier "extended"; drop one of them',
  ERR_UNKNOWN_GPU_SERVICE: 'GPU service "{service}" is not a service of this scenario',
  // numbers and quantities (money/decimal.ts, units/data-size.ts, ec2/capacity-settings.ts): {value} as typed
  ERR_NOT_PLAIN_DECIMAL: '"{value}" is not a plain decimal number',
  ERR_QUANTITY_NOT_FINITE: "{value} is not a finite number",
  ERR_PERCENT_TOO_FINE: "{value}% is finer than 0.01 %",
  ERR_NOT_K8S_QUANTITY: '"{value}" is not a Kubernetes quantity such as 500m, 1, 256Mi, 1Gi or 1G',
  ERR_CPU_FINER_THAN_MILLICORE: 'CPU "{value}" is finer than 1 millicore',
  ERR_VCPU_FINER_THAN_MILLICORE: "vCPU {value} is finer than 1 millicore",
  ERR_CPU_OUT_OF_RANGE: 'CPU "{value}" is out of range',
  ERR_MEMORY_OUT_OF_RANGE: 'memory "{value}" is out of range',
  // options that contradict or exceed (model/budget.ts, ops/, currency/, decisions/, scenario/resolve-service.ts)
  ERR_OPTION_NOT_ONE_OF: '{option} must be one of {allowed} (got "{value}")',
  ERR_ENGINEER_RATE_TWICE: "set ops.engineerHourly or ops.engineerHourlyUsd, not both",
  ERR_HOURS_ORDER: "hours must keep low ≤ typical ≤ high (got {low} / {typical} / {high})",
  ERR_FX_WITHOUT_RATE: "reporting.fxAsOf / fxSource describe a rate: set reporting.jpyPerUsd too",
  ERR_TOO_MANY_BREAKPOINTS: "{count} breakpoints are too many to list; use scaleSteps (arithmetic, never listed)",
  ERR_BATCH_RUNS_OVERLAP:
    'service "{service}": runs of {durationSeconds} s every {intervalSeconds} s overlap (concurrencyPolicy Allow): {concurrentRuns} runs × {taskCount} tasks alive at once is more than the {max} pods of a cluster; set concurrencyPolicy Forbid or Replace, or a shorter durationSeconds',
  ERR_INVALID_SCENARIO: "invalid scenario",
  /** A price snapshot's shape (price-book/price-book.ts): the first schema problem, worded like a scenario's. */
  ERR_INVALID_SNAPSHOT: "invalid snapshot",
} as const satisfies Record<string, string>;
