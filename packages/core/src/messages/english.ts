import { MANAGED_NODES_TEMPLATES } from "./managed-nodes-english";
import { fillTemplate, type Message } from "./message";

/**
 * Core's English templates, one per message code. The compiler checks that every code has one;
 * a face translating into another language keys its own table by the same codes.
 */
export const ENGLISH_TEMPLATES = {
  BUDGET_WITHIN: "{what}: {pattern} costs {total}/month, within the --fail-over budget of {budget}",
  BUDGET_OVER: "{what}: {pattern} costs {total}/month, over the --fail-over budget of {budget}",
  BUDGET_OVER_LOWER_BOUND:
    "{what}: {pattern} costs at least {total}/month (a lower bound: rates are missing), already over the --fail-over budget of {budget}",
  BUDGET_UNDECIDED_LOWER_BOUND:
    "{what}: {pattern} is incomplete (rates missing); its lower bound {total}/month is within {budget} but the full bill may not be",
  BUDGET_UNDECIDED_NO_TOTAL: "{what}: {pattern} has no total (ruled out); cannot check --fail-over {budget}",
  BUDGET_UNDECIDED_NONE_PRICED: "{what}: no pattern is fully priced and able to run the workload; cannot check --fail-over {budget}",
  // reporting currency, labour market and consumption tax (issue 21)
  SUGGEST_LABOUR_MARKET_JP:
    "{region} is in Japan: engineer rates use the default US labour market ({rate}/h); set ops.labourMarket: jp for Japanese rates (¥5,000/h typical, MHLW/METI)",
  SUGGEST_CONSUMPTION_TAX:
    "Japan's 10 % consumption tax is not in the AWS totals (AWS prices exclude it; JCT-registered businesses recover it); set reporting.consumptionTax: true to show it as a line",
  REPORT_CURRENCY: "Amounts in {currency} at ¥{jpyPerUsd}/$ ({asOf}, {source}); AWS rates stay in USD",
  // workload constraints (decisions/constraints.ts): `services` is a comma-separated list of names
  CONSTRAINT_GPU: "{services} need GPUs; Fargate has none",
  CONSTRAINT_GPU_INSTANCE:
    "GPU service(s) would run on {types}, which has no GPU: set ec2.instanceType to a GPU type (e.g. g5.xlarge) to price {pattern}",
  CONSTRAINT_TASK_ABOVE_ECS_FARGATE_MAX:
    "{services}: a task above ECS Fargate's largest size (32 vCPU / 244 GB on Linux; Windows 4 vCPU / 30 GB)",
  CONSTRAINT_POD_ABOVE_EKS_FARGATE_MAX:
    "{services}: a pod above EKS Fargate's largest size (16 vCPU / 120 GB, after EKS adds 256 MB to the memory request)",
  CONSTRAINT_PRIVILEGED: "privileged containers / host networking are invalid on Fargate",
  CONSTRAINT_WINDOWS: "{services}: EKS on Fargate runs no Windows pods",
  CONSTRAINT_EKS_FARGATE_X86_ONLY:
    "{services}: arm64, but EKS on Fargate runs x86_64 pods only; priced at Linux/x86 rates, needs an x86_64 or multi-arch image",
  CONSTRAINT_DAEMON_SETS:
    "EKS on Fargate has no DaemonSets: node agents must run as sidecars in every pod (and are billed in each pod's size)",
  CONSTRAINT_SPOT_REQUIRED: "Spot is required; EKS on Fargate has no Spot (Fargate Spot is ECS-only)",
  CONSTRAINT_SPOT_PREFERRED: "Spot is preferred; EKS on Fargate cannot use Spot, so it stays on on-demand prices",
  // a ruled-out reason that comes from a constraint: its message and its sources
  RULED_OUT_BY_CONSTRAINT: "{reason} [{sources}]",
  // ruled-out reasons the estimators find themselves (one service each)
  RULED_OUT_NO_WINDOWS_ARM_FARGATE: "{service}: Fargate has no Windows on ARM",
  RULED_OUT_ECS_TASK_TOO_LARGE: "{service}: needs {vcpu} vCPU / {memoryGb} GB, above Fargate's largest task (32 vCPU / 244 GB)",
  RULED_OUT_NO_FARGATE_SIZE: "{service}: no Fargate task size holds its containers",
  RULED_OUT_WINDOWS_FARGATE_CPU: "{service}: Windows tasks on Fargate need 1 to 4 vCPU",
  RULED_OUT_EKS_FARGATE_WINDOWS: "{service}: EKS on Fargate does not run Windows pods",
  RULED_OUT_EKS_FARGATE_POD_TOO_LARGE: "{service}: pod needs {asked}, above EKS Fargate's largest size (16 vCPU / 120 GB)",
  RULED_OUT_TASK_ABOVE_NODE:
    "{service}: one task does not fit on {instanceType} (allocatable {cpuMillicores}m CPU / {memoryMib} MiB after reservations, agents and headroom); choose a larger ec2.instanceType",
  // what the bill leaves out (issue 15): scenario/not-estimated.ts
  USAGE_NOT_ESTIMATED: "not estimated (usage left at 0): {label} — set {inputs} to include it",
  // pattern notes (issue 13); rendered to English by the estimators until notes are carried as messages
  NOTE_EKS_FARGATE_X86_ONLY:
    "{service}: EKS on Fargate runs x86_64 pods only (Graviton on Fargate is ECS-only), so it is priced at Linux/x86 rates and needs an x86_64 or multi-arch image",
  NOTE_WINDOWS_FARGATE_EPHEMERAL_FIXED:
    "{service}: Windows tasks on Fargate have a fixed 20 GiB of ephemeral storage (not configurable), so the {gib} GiB asked for is not billed and not available (docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html)",
  NOTE_PLAN_PART_TIME_ON_DEMAND:
    "{service}: not running every hour of the month, so it stays On-Demand (a {plan} is an hourly commitment billed every hour; it is sized to the always-on services).",
  NOTE_RESERVED_INSTANCES_UTILISATION:
    "{plan}: {reserved} {instanceType} RI(s) billed 730 h each, used or not; {used} used by always-on nodes, {onDemandNodes} node(s) above them On-Demand; utilisation {utilisationPercent}%.",
  NOTE_EC2_PART_TIME_ON_DEMAND:
    "{group}: runs {hours} h a month, so its nodes stay On-Demand (a {plan} bills every hour of the term; it is sized to the always-on nodes).",
  NOTE_SAVINGS_PLAN_COMMITMENT:
    "{plan}: commitment {commitmentPerHour}/hour × 730 h = {commitmentPerMonth}/month billed used or not; always-on usage at plan rates {baselinePerHour}/hour; utilisation {utilisationPercent}%.",
  // ECS Managed Instances, EKS Auto Mode, Provisioned Control Plane (issue 16)
  ...MANAGED_NODES_TEMPLATES,
  // workload warnings (scenario/workload-warnings.ts, issue 22): shown with every estimate
  WORKLOAD_SCHEDULE_DURATION_ASSUMED:
    "{service}: each run is assumed to last {durationSeconds} s (the source holds no run time); set schedule.durationSeconds to the real run time",
  WORKLOAD_SCHEDULE_ACTIVE_DEADLINE:
    "{service}: each run is stopped at activeDeadlineSeconds ({deadlineSeconds} s), before the {durationSeconds} s assumed; priced at {deadlineSeconds} s",
  WORKLOAD_SCHEDULE_OVERLAP_ALLOW:
    "{service}: a run ({durationSeconds} s) is longer than the {intervalSeconds} s between starts and concurrencyPolicy Allow lets runs overlap with no limit: {concurrentRuns} runs alive at once, {peakTasks} task(s) at the peak (EC2 nodes are sized for it); set Forbid or Replace if runs must not overlap",
  WORKLOAD_SCHEDULE_OVERLAP_FORBID:
    "{service}: a run ({durationSeconds} s) is longer than the {intervalSeconds} s between starts; concurrencyPolicy Forbid skips runs while one is running, so {runsPerMonth} of the {scheduledRunsPerMonth} scheduled runs a month start, one at a time (an approximation for an uneven schedule)",
  WORKLOAD_SCHEDULE_OVERLAP_REPLACE:
    "{service}: a run ({durationSeconds} s) is longer than the {intervalSeconds} s between starts; concurrencyPolicy Replace stops each run when the next starts, so runs are priced at {intervalSeconds} s, one at a time",
  WORKLOAD_DEFAULT_REQUESTS:
    "{services}: containers that set no CPU or memory request are priced on the importer's default request (see containers[].requestDefaulted); set their requests to price them as they run",
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof ENGLISH_TEMPLATES;
export const MESSAGE_CODES = Object.keys(ENGLISH_TEMPLATES) as MessageCode[];

/** Core's English rendering of a message. @example renderMessage({ code: "BUDGET_OVER", params: { what: "a.yaml", pattern: "ECS on EC2 (ecs-ec2)", total: "$58.00", budget: "$40.00" } }) //=> "a.yaml: ECS on EC2 (ecs-ec2) costs $58.00/month, over the --fail-over budget of $40.00" */
export function renderMessage(message: Message): string {
  const template = (ENGLISH_TEMPLATES as Record<string, string>)[message.code];
  return template === undefined ? `${message.code} ${JSON.stringify(message.params)}` : fillTemplate(template, message.params);
}
