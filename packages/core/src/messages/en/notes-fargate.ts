/** Notes of the Fargate patterns and of Fargate purchase options (patterns/ecs-fargate.ts, eks-fargate.ts, purchase/fargate-*). */
export const FARGATE_NOTE_TEMPLATES = {
  NOTE_ECS_CONTROL_PLANE_FREE: "ECS control plane: no charge.",
  NOTE_ECS_TASK_SIZE_SET:
    "{service}: ECS task size set to {vcpu} vCPU / {memoryGb} GB, the smallest valid Fargate size holding all container reservations",
  NOTE_EKS_FARGATE_POD_SIZE:
    "{service}: pod needs {vcpu} vCPU / {memoryGb} GB incl. 256 MB overhead → billed {billedVcpu} vCPU / {billedMemoryGb} GB",
  NOTE_EKS_FARGATE_NO_PUBLIC_IPV4: "{service}: EKS Fargate pods run in private subnets; no public IPv4 per pod is billed",
  NOTE_EKS_FARGATE_X86_ONLY:
    "{service}: EKS on Fargate runs x86_64 pods only (Graviton on Fargate is ECS-only), so it is priced at Linux/x86 rates and needs an x86_64 or multi-arch image",
  NOTE_WINDOWS_FARGATE_EPHEMERAL_FIXED:
    "{service}: Windows tasks on Fargate have a fixed 20 GiB of ephemeral storage (not configurable), so the {gib} GiB asked for is not billed and not available (docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html)",
  NOTE_WINDOWS_FARGATE_MINIMUM_ASSUMED:
    "{service}: each {durationSeconds} s run is billed {minimumSeconds} s, the Windows-on-Fargate minimum our sources state; it is not confirmed on an AWS pricing page (an assumption — with Linux's 1-minute minimum the runs would bill less)",
  NOTE_PLAN_PART_TIME_ON_DEMAND:
    "{service}: not running every hour of the month, so it stays On-Demand (a {plan:message} is an hourly commitment billed every hour; it is sized to the always-on services).",
  NOTE_SAVINGS_PLAN_COMMITMENT:
    "{plan:message}: commitment {commitmentPerHour:hourly}/hour × 730 h = {commitmentPerMonth:usd}/month billed used or not; always-on usage at plan rates {baselinePerHour:hourly}/hour; utilisation {utilisationPercent}%.",
  NOTE_FARGATE_SPOT_INTERRUPTION:
    "Fargate Spot tasks can be stopped with a 2-minute warning when AWS needs the capacity back: use it for interruption-tolerant, replicated tasks. Spot prices float (snapshot 2026-09-28, S8).",
  NOTE_FARGATE_SAVINGS_PLAN_TERM:
    "Compute Savings Plan: a {termMonths}-month hourly commitment, billed whether used or not; sized to the always-on services (part-time ones stay On-Demand).",
  NOTE_FARGATE_UPFRONT: "Upfront: {upfrontPercent}% of the {termMonths}-month commitment is paid at purchase.",
} as const satisfies Record<string, string>;
