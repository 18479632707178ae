/**
 * Input errors as codes (issue 12 item 5): a `CoreError`'s `detail` is one of these with its parameters
 * (`field`, `value`, `min`, `max`, `service`, `serviceNumber`, …), so a face words the error itself. The
 * English below is the CLI's one-line error text (`[core] CODE: <this> (field: …)`), kept as it was.
 * A range is a nested code in `range` (`{range:message}`): RANGE_WHOLE / RANGE_REAL / RANGE_ABOVE.
 */
export const ERROR_TEMPLATES = {
  /** An error core has not coded yet: its English sentence (the CLI's), shown as is. */
  ERROR_TEXT: "{text}",
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
  /** A schema rule core words in English (a cross-field rule): its sentence in `text`. */
  ERR_RULE: "{text}",
  ERR_RULE_GOT: "{text} (got {value})",
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
} as const satisfies Record<string, string>;
