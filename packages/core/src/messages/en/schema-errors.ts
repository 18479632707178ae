/**
 * Schema problems as codes: zod's own checks (types, sizes, formats — the English is zod's, kept as it
 * was) and core's cross-field rules (scenario/*-schema.ts, purchase/purchase-schema.ts), each with the
 * values it names. `ERR_WITH_VALUE` adds the offending value to a rule's sentence.
 */
export const SCHEMA_ERROR_TEMPLATES = {
  ERR_WITH_VALUE: "{rule:message} (got {value})",
  // core's format rules on strings (price-book/rate.ts, currency/reporting-schema.ts)
  ERR_PLAIN_DECIMAL_STRING: 'must be a plain decimal string such as "0.0404800000"',
  ERR_DATE_YYYY_MM_DD: "must be a date YYYY-MM-DD",
  // zod's checks ({expected}, {received}, {origin}: zod's type names; {relation}: <=, <, >=, >)
  ERR_ZOD_TYPE: "Invalid input: expected {expected}, received {received}",
  ERR_ZOD_LITERAL: "Invalid input: expected {expected}",
  ERR_ZOD_TOO_BIG: "Too big: expected {origin} to be {relation}{maximum}",
  ERR_ZOD_TOO_BIG_CHARACTERS: "Too big: expected {origin} to have {relation}{maximum} characters",
  ERR_ZOD_TOO_BIG_ITEMS: "Too big: expected {origin} to have {relation}{maximum} items",
  ERR_ZOD_TOO_SMALL: "Too small: expected {origin} to be {relation}{minimum}",
  ERR_ZOD_TOO_SMALL_CHARACTERS: "Too small: expected {origin} to have {relation}{minimum} characters",
  ERR_ZOD_TOO_SMALL_ITEMS: "Too small: expected {origin} to have {relation}{minimum} items",
  ERR_ZOD_PATTERN: "Invalid string: must match pattern {pattern}",
  ERR_ZOD_MULTIPLE_OF: "Invalid number: must be a multiple of {divisor}",
  ERR_ZOD_UNRECOGNIZED_KEY: "Unrecognized key: {keys}",
  ERR_ZOD_UNRECOGNIZED_KEYS: "Unrecognized keys: {keys}",
  ERR_ZOD_INVALID_KEY: "Invalid key in {origin}",
  ERR_ZOD_INVALID_ELEMENT: "Invalid value in {origin}",
  ERR_ZOD_INVALID: "Invalid input",
  // core's rules (the value, when the field has one, follows as "(got …)")
  ERR_REGION_CODE_FORMAT: "must be an AWS region code such as us-east-1",
  ERR_TOO_MANY_SERVICES: "more than {max} services (the ECS services-per-cluster quota)",
  ERR_TOO_MANY_TASKS:
    "more than {max} tasks in all (the Kubernetes pods-per-cluster threshold); allowed: 0 to {max} summed over services[].taskCount",
  ERR_TOO_MANY_TAGS: "at most {max} tags (the AWS per-resource tag limit)",
  ERR_SCHEDULE_HOURS_AND_RUNS: "give either hoursPerMonth or runsPerDay/runsPerMonth + durationSeconds, not both",
  ERR_SCHEDULE_RUNS_TWICE: "give runsPerDay or runsPerMonth, not both",
  ERR_SCHEDULE_NEEDS_DURATION: "a batch schedule needs durationSeconds",
  ERR_SCHEDULE_NEEDS_RUNS: "{batchField} needs runsPerDay or runsPerMonth",
  ERR_TASK_SIZE_AND_CONTAINERS: "give either vcpu + memoryGib or containers, not both",
  ERR_TASK_SIZE_OR_CONTAINERS: "give vcpu + memoryGib (task size) or containers (requests)",
  ERR_TASK_SIZE_HALF: "a task size needs both vcpu and memoryGib",
  ERR_VOLUME_TOO_LARGE: "{value} is out of range, allowed: above 0 to {max} (the largest {kind} volume)",
  ERR_GP3_IOPS: "gp3 volumes take {min} to {max} IOPS",
  ERR_IO2_IOPS: "io2 allows at most {perGib} IOPS per GiB: {sizeGib} GiB takes up to {max}",
  ERR_GP2_IOPS: "gp2 IOPS follow the volume size: leave rootVolumeIops out",
  ERR_THROUGHPUT_GP3_ONLY: "provisioned throughput applies to gp3 volumes only (rootVolumeType is {volumeType})",
  ERR_COMMITMENT_RANGE: "must be between {min} and {max} USD per hour",
  ERR_COMMITMENT_AND_COVERAGE: "give commitmentUsdPerHour or coveragePercent, not both",
  ERR_TOO_MANY_INSTANCE_TYPES: "at most {max} instance types",
  ERR_SAVINGS_PLAN_EC2_OPTIONS:
    "savingsPlan applies to options ec2-instance-savings-plan and compute-savings-plan only (option is {option})",
  ERR_RESERVED_OPTION_ONLY: "reservedInstances applies to option reserved only (option is {option})",
  ERR_SAVINGS_PLAN_FARGATE_OPTION: "savingsPlan applies to option compute-savings-plan only (option is {option})",
  ERR_SPOT_EKS_FARGATE_OPTION:
    "Fargate Spot runs ECS tasks only: EKS on Fargate pods cannot use it (allowed: on-demand, compute-savings-plan)",
} as const satisfies Record<string, string>;
