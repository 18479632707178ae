/**
 * An ECS task-level size that is not a Fargate size (issue 20 item 3): ECS refuses such a task
 * definition on Fargate, while EC2 runs any task from 0.25 to 192 vCPU, so the Fargate pattern is
 * ruled out for the workload and the EC2 patterns stay priced (fargate/ecs-task-size-check.ts).
 * `allowedVcpu` / `allowedGb` are comma-separated numbers from the size table; `nearest` is the nested
 * nearest-size message (ERR_FARGATE_*, fargate/nearest-size.ts).
 */
export const FARGATE_SIZE_TEMPLATES = {
  RULED_OUT_FARGATE_VCPU_NOT_A_SIZE: "{service}: {nearest:message} (sizes: {allowedVcpu} vCPU); ECS on Fargate refuses the task definition",
  RULED_OUT_FARGATE_MEMORY_NOT_VALID: "{service}: {nearest:message}; ECS on Fargate refuses the task definition",
} as const satisfies Record<string, string>;
