import type { PatternId } from "../patterns/pattern";

/**
 * The qualitative differences between the patterns, as data (issue 6; the two managed-node patterns, issue 16): from
 * shared/docs/domain.md and shared/research/ops-effort.md F22–F27, F31. `support` is a coarse
 * grade for colouring a chart; `text` is what a reader needs.
 */
export type Support = "yes" | "partial" | "no";
export type TradeOffCell = { support: Support; text: string };
export type TradeOffRow = { id: string; label: string; sources: string; cells: Record<PatternId, TradeOffCell> };

const cell = (support: Support, text: string): TradeOffCell => ({ support, text });

export const TRADE_OFF_MATRIX: readonly TradeOffRow[] = [
  {
    id: "daemon-sets",
    label: "DaemonSets / per-host agents",
    sources: "F22; domain.md; docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-daemons.html",
    cells: {
      "ecs-fargate": cell("partial", "no hosts; agents run as sidecars (FireLens)"),
      "ecs-ec2": cell("yes", "daemon scheduling strategy per instance"),
      "eks-fargate": cell("no", "no DaemonSets: one pod per node, agents as sidecars"),
      "eks-ec2": cell("yes", "DaemonSets run on every node"),
      "ecs-managed-instances": cell("yes", "ECS Managed Daemons: one daemon task per managed instance (no host install)"),
      "eks-auto-mode": cell("yes", "DaemonSets run on every Auto Mode node"),
    },
  },
  {
    id: "gpus",
    label: "GPUs",
    sources: "F22, F24; ManagedInstances.html; automode.html",
    cells: {
      "ecs-fargate": cell("no", "gpu is invalid on Fargate"),
      "ecs-ec2": cell("yes", "GPU instance types"),
      "eks-fargate": cell("no", "no GPUs on EKS Fargate"),
      "eks-ec2": cell("yes", "GPU instance types / node pools"),
      "ecs-managed-instances": cell("yes", "GPU types (NVIDIA/AMD), fee 7.8 % of On-Demand for G-series"),
      "eks-auto-mode": cell("partial", "NVIDIA/Neuron GPU nodes from a custom NodePool (built-in pools are C/M/R)"),
    },
  },
  {
    id: "max-task-size",
    label: "Largest task/pod",
    sources: "fargate_valid_task_sizes.csv (S12, S15, S26); F23, F24",
    cells: {
      "ecs-fargate": cell("partial", "32 vCPU / 244 GB (Linux; Windows 4 vCPU / 30 GB), fixed size pairs"),
      "ecs-ec2": cell("yes", "up to the instance (tasks up to 192 vCPU)"),
      "eks-fargate": cell("partial", "16 vCPU / 120 GB incl. +256 MB overhead, rounded up"),
      "eks-ec2": cell("yes", "up to the node, minus reservations"),
      "ecs-managed-instances": cell("yes", "up to the instance, as ECS on EC2"),
      "eks-auto-mode": cell("yes", "up to the node, minus reservations"),
    },
  },
  {
    id: "architecture",
    label: "CPU architectures (x86_64 / arm64 Graviton)",
    sources: "aws.amazon.com/fargate/pricing (ARM: ECS only); aws/containers-roadmap#1629; set-builtin-node-pools.html",
    cells: {
      "ecs-fargate": cell("yes", "Linux/x86 and Linux/ARM (Graviton)"),
      "ecs-ec2": cell("yes", "x86_64 and Graviton instance types"),
      "eks-fargate": cell("partial", "x86_64 only: arm64 services are priced at x86 rates and need an x86_64 or multi-arch image"),
      "eks-ec2": cell("yes", "x86_64 and Graviton node groups"),
      "ecs-managed-instances": cell("yes", "x86_64 and Graviton instance types"),
      "eks-auto-mode": cell("partial", "built-in general-purpose pool is amd64; Graviton from a custom NodePool"),
    },
  },
  {
    id: "windows",
    label: "Windows containers",
    sources: "domain.md; F22; ManagedInstances.html; automode.html",
    cells: {
      "ecs-fargate": cell("yes", "Windows/x86 (5-minute billing minimum)"),
      "ecs-ec2": cell("yes", "Windows AMIs"),
      "eks-fargate": cell("no", "no Windows pods"),
      "eks-ec2": cell("yes", "Windows node groups"),
      "ecs-managed-instances": cell("no", "Linux containers only"),
      "eks-auto-mode": cell("no", "Linux (Bottlerocket) nodes only"),
    },
  },
  {
    id: "spot",
    label: "Spot capacity",
    sources: "domain.md; SOURCES.md (S55, S40)",
    cells: {
      "ecs-fargate": cell("yes", "Fargate Spot (Linux), up to ~70 % off"),
      "ecs-ec2": cell("yes", "EC2 Spot via capacity providers"),
      "eks-fargate": cell("no", "no Spot on EKS Fargate"),
      "eks-ec2": cell("yes", "EC2 Spot node groups / Karpenter"),
      "ecs-managed-instances": cell("yes", "capacityOptionType SPOT; the fee stays on the On-Demand price (assumption, S55)"),
      "eks-auto-mode": cell("partial", "Spot from a custom NodePool (built-in pools On-Demand only); fee on On-Demand"),
    },
  },
  {
    id: "start-up",
    label: "Image caching & start-up speed",
    sources: "F25–F27",
    cells: {
      "ecs-fargate": cell("partial", "no image cache (53–62 s for a 413 MB image); 0→3,500 tasks ≈4.5 min"),
      "ecs-ec2": cell("yes", "cached images on hosts; 0→3,500 ≈10 min incl. instances"),
      "eks-fargate": cell("partial", "no image cache; 0→3,500 pods ≈8.5 min"),
      "eks-ec2": cell("yes", "cached images; 0→3,500 ≈6.5 min with Karpenter"),
      "ecs-managed-instances": cell("partial", "cached images on hosts; AWS launches instances on demand"),
      "eks-auto-mode": cell("yes", "cached images; Karpenter-based provisioning"),
    },
  },
  {
    id: "os-access",
    label: "OS access / privileged",
    sources: "F22, F24; domain.md; managed-instances-capacity-providers-concept.html; automode-learn-instances.html",
    cells: {
      "ecs-fargate": cell("no", "no host access, no privileged containers"),
      "ecs-ec2": cell("yes", "full host access, kernel tuning"),
      "eks-fargate": cell("no", "no privileged pods, no HostNetwork/HostPort"),
      "eks-ec2": cell("yes", "full node access"),
      "ecs-managed-instances": cell("partial", "privileged tasks and host networking allowed; no SSH, AWS patches the OS"),
      "eks-auto-mode": cell("partial", "privileged pods run; nodes locked down (SELinux, read-only root, no SSH/SSM)"),
    },
  },
  {
    id: "portability",
    label: "Portability (other clouds / on-prem)",
    sources: "domain.md",
    cells: {
      "ecs-fargate": cell("no", "AWS-only API"),
      "ecs-ec2": cell("partial", "AWS API; ECS Anywhere for own servers"),
      "eks-fargate": cell("partial", "Kubernetes API, Fargate-specific limits"),
      "eks-ec2": cell("yes", "standard Kubernetes"),
      "ecs-managed-instances": cell("no", "AWS-only API"),
      "eks-auto-mode": cell("yes", "standard Kubernetes (NodePools are Karpenter's API)"),
    },
  },
  {
    id: "learning-curve",
    label: "Learning curve",
    sources: "F31; ops-effort.md §3.1 onboarding",
    cells: {
      "ecs-fargate": cell("yes", "smallest vocabulary; onboarding 16/40/80 h"),
      "ecs-ec2": cell("partial", "ECS plus instance management"),
      "eks-fargate": cell("partial", "Kubernetes; onboarding 40/120/240 h"),
      "eks-ec2": cell("no", "Kubernetes plus nodes, add-ons and upgrades"),
      "ecs-managed-instances": cell("yes", "ECS vocabulary plus capacity providers"),
      "eks-auto-mode": cell("partial", "Kubernetes without node groups or add-on upkeep"),
    },
  },
  {
    id: "instance-families",
    label: "Instance types / families",
    sources: "ManagedInstances.html; managed-instances-instance-types.html; set-builtin-node-pools.html",
    cells: {
      "ecs-fargate": cell("no", "no instance choice: vCPU/memory sizes"),
      "ecs-ec2": cell("yes", "any type the AMI supports"),
      "eks-fargate": cell("no", "no instance choice: vCPU/memory sizes"),
      "eks-ec2": cell("yes", "any type the AMI supports"),
      "ecs-managed-instances": cell("yes", "the full range of EC2 types (allowed/excluded lists, attributes)"),
      "eks-auto-mode": cell("partial", "built-in pools: C, M, R, generation ≥ 5; others from a custom NodePool"),
    },
  },
  {
    id: "persistent-storage",
    label: "Persistent volumes (EBS / EFS)",
    sources: "eks/latest/userguide/ebs-csi.html; AmazonECS/latest/developerguide/ebs-volumes.html; automode.html",
    cells: {
      "ecs-fargate": cell("yes", "one EBS volume per task configured at launch; EFS"),
      "ecs-ec2": cell("yes", "EBS volumes configured at launch; EFS"),
      "eks-fargate": cell("partial", "EFS only: Fargate pods cannot mount EBS volumes"),
      "eks-ec2": cell("yes", "EBS CSI driver (add-on); EFS CSI driver"),
      "ecs-managed-instances": cell("partial", "EFS; EBS volumes configured at launch not checked for managed instances here"),
      "eks-auto-mode": cell("yes", "block storage (EBS) built in; EFS CSI driver"),
    },
  },
];
