/**
 * What the EKS-optimised AMIs reserve on every node, exactly as the AMI computes it.
 *
 * Source: awslabs/amazon-eks-ami, nodeadm/internal/kubelet/config.go (`withDefaultReservedResources`,
 * `getCPUMillicoresToReserve`, `getResourceToReserveInRange`, `getMemoryMebibytesToReserve`,
 * `defaultKubeletSubConfig`), commit e48b98ad65e761801e76fefe006ca884352841d0; the AL2
 * bootstrap.sh used the same formulas.
 * - kubeReserved CPU: 6 % of the first core, 1 % of the second, 0.5 % of cores 3-4, 0.25 % of every
 *   core above 4, each range computed in integer millicores as `(cores in range) × pct / 10000`
 *   (Go integer division, so it truncates).
 * - kubeReserved memory: `11 × maxPods + 255` MiB, where maxPods is the kubelet's max pods.
 * - evictionHard memory.available: 100 Mi (also unavailable to pods).
 * - systemReserved: not set by the AMI (0).
 */
const CPU_RANGE_BOUNDS_MILLICORES = [0, 1000, 2000, 4000] as const;
/** Reserved fraction of each range in 1/10000ths (600 = 6 %). */
const CPU_RANGE_PERCENT_BASIS_POINTS = [600, 100, 50, 25] as const;

export const EKS_EVICTION_HARD_MEMORY_MIB = 100;

/**
 * kubeReserved CPU of an EKS AMI node in millicores.
 * @example eksKubeReservedCpuMillicores(2000) //=> 70   (60 + 10)
 * @example eksKubeReservedCpuMillicores(8000) //=> 90   (60 + 10 + 10 + 10)
 */
export function eksKubeReservedCpuMillicores(nodeMillicores: number): number {
  let reserved = 0;
  for (let i = 0; i < CPU_RANGE_PERCENT_BASIS_POINTS.length; i += 1) {
    const start = CPU_RANGE_BOUNDS_MILLICORES[i] ?? 0;
    const end = CPU_RANGE_BOUNDS_MILLICORES[i + 1] ?? nodeMillicores;
    if (nodeMillicores <= start) continue;
    const inRange = Math.min(nodeMillicores, end) - start;
    reserved += Math.trunc((inRange * (CPU_RANGE_PERCENT_BASIS_POINTS[i] ?? 0)) / 10000);
  }
  return reserved;
}

/**
 * kubeReserved memory of an EKS AMI node in MiB.
 * @example eksKubeReservedMemoryMib(29) //=> 574   (m5.large: 11 × 29 + 255)
 */
export function eksKubeReservedMemoryMib(maxPods: number): number {
  return 11 * maxPods + 255;
}
