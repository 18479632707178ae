import type { InstanceSpec } from "../price-book/instance-spec";

/**
 * How many pods the kubelet admits on an EKS node with the Amazon VPC CNI.
 *
 * - "eni" (the default): the VPC CNI's published figure (`eks_max_pods`, misc/eni-max-pods.txt,
 *   S29) = maxEnis × (ipv4PerEni − 1) + 2 — one IP per pod, the primary IP of each ENI unusable,
 *   +2 for host-network pods (aws-node, kube-proxy).
 * - "prefix-delegation": each secondary IP slot holds a /28 prefix (16 IPs), capped at 110 pods,
 *   or 250 on nodes with more than 30 vCPUs — awslabs/amazon-eks-ami nodeadm/internal/kubelet/util.go
 *   `calculateMaxPods` (LowCpuMaxPodCeil = 110, HighCpuMaxPodCeil = 250, IpsPerPrefix = 16).
 *   Assumes a Nitro instance and VPC CNI ≥ 1.9 (visible assumption; older Xen types get the ENI figure).
 */
export const EKS_MAX_PODS_MODES = ["eni", "prefix-delegation"] as const;
export type EksMaxPodsMode = (typeof EKS_MAX_PODS_MODES)[number];

const IPS_PER_PREFIX = 16;
const LOW_CPU_MAX_PODS_CEIL = 110;
const HIGH_CPU_MAX_PODS_CEIL = 250;
const HIGH_CPU_THRESHOLD_VCPU = 30;

/**
 * @example eksMaxPods(m5Large, "eni") //=> 29                 (3 ENIs × (10 − 1) + 2)
 * @example eksMaxPods(m5Large, "prefix-delegation") //=> 110  (min(110, 3 × 9 × 16 + 2 = 434))
 */
export function eksMaxPods(spec: InstanceSpec, mode: EksMaxPodsMode): number {
  if (mode === "eni") return spec.eksMaxPods;
  const byPrefixes = spec.maxEnis * (spec.ipv4PerEni - 1) * IPS_PER_PREFIX + 2;
  const ceiling = spec.vcpu > HIGH_CPU_THRESHOLD_VCPU ? HIGH_CPU_MAX_PODS_CEIL : LOW_CPU_MAX_PODS_CEIL;
  return Math.min(ceiling, byPrefixes);
}
