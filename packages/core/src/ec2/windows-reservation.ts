import type { CapacitySettings } from "./node-capacity";

/**
 * Memory an EKS Windows node keeps from pods, as AWS's EKS Best Practices Guide for Windows recommends
 * configuring the kubelet ("--system-reserved memory=1.5Gi --kube-reserved memory=0.5Gi
 * --eviction-hard memory.available<200Mi"; https://aws.github.io/aws-eks-best-practices/windows/docs/scheduling/,
 * also aws-ia/terraform-aws-eks-blueprints#1086). Windows has no OOM killer and pages instead, so these
 * reservations replace the Linux AMI's 11 × maxPods + 255 MiB formula on Windows nodes; the Start-EKSBootstrap.ps1
 * script does not set them by default (aws/containers-roadmap#1245) — the model prices the recommended setup.
 * Example: m5.large (8192 MiB) → 8192 − 615 VM overhead − 1536 − 512 − 200 = 5329 MiB before agents.
 */
export const EKS_WINDOWS_SYSTEM_RESERVED_MIB = 1536;
export const EKS_WINDOWS_KUBE_RESERVED_MIB = 512;
export const EKS_WINDOWS_EVICTION_HARD_MIB = 200;
export const EKS_WINDOWS_RESERVED_MEMORY_MIB =
  EKS_WINDOWS_SYSTEM_RESERVED_MIB + EKS_WINDOWS_KUBE_RESERVED_MIB + EKS_WINDOWS_EVICTION_HARD_MIB;

/** Settings for a node group of one OS: Windows nodes on EKS take the Windows reservation. */
export function settingsForOs(settings: CapacitySettings, os: "linux" | "windows"): CapacitySettings {
  return os === "windows" && settings.orchestrator === "eks" ? { ...settings, windowsNode: true } : settings;
}
