/** Workload constraints (decisions/constraints.ts) and ruled-out reasons; `services` is a comma-separated list of names. */
export const CONSTRAINT_TEMPLATES = {
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
  // a ruled-out reason that comes from a constraint: the constraint's message (its code in `constraint`), then its sources
  RULED_OUT_BY_CONSTRAINT: "{constraint:message} [{sources}]",
  // a constraint that flags a pattern (priced, with a caveat): a note on the pattern
  NOTE_CONSTRAINT_FLAG: "constraint ({rule}): {constraint:message} [{sources}]",
  // ruled-out reasons the estimators find themselves (one service each)
  RULED_OUT_NO_WINDOWS_ARM_FARGATE: "{service}: Fargate has no Windows on ARM",
  RULED_OUT_ECS_TASK_TOO_LARGE: "{service}: needs {vcpu} vCPU / {memoryGb} GB, above Fargate's largest task (32 vCPU / 244 GB)",
  RULED_OUT_NO_FARGATE_SIZE: "{service}: no Fargate task size holds its containers",
  RULED_OUT_WINDOWS_FARGATE_CPU: "{service}: Windows tasks on Fargate need 1 to 4 vCPU",
  RULED_OUT_EKS_FARGATE_WINDOWS: "{service}: EKS on Fargate does not run Windows pods",
  RULED_OUT_EKS_FARGATE_POD_TOO_LARGE:
    "{service}: pod needs {vcpu} vCPU / {memoryGb} GB incl. 256 MB overhead, above EKS Fargate's largest size (16 vCPU / 120 GB)",
  RULED_OUT_TASK_ABOVE_NODE:
    "{service}: one task does not fit on {instanceType} (allocatable {cpuMillicores}m CPU / {memoryMib} MiB after reservations, agents and headroom); choose a larger ec2.instanceType",
} as const satisfies Record<string, string>;
