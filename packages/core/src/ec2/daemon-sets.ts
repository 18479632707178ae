import { z } from "zod";

/** A Kubernetes-style quantity: "100m", "0.5", 1 (CPU) or "128Mi", "1Gi" (memory). */
const QuantitySchema = z.union([z.string().min(1).max(64), z.number().nonnegative().max(Number.MAX_SAFE_INTEGER)]);

/**
 * A per-node agent: a DaemonSet on EKS, a daemon-strategy service on ECS. It runs once on every
 * node, so it takes CPU, memory (and, on EKS, one pod slot) from each node before tasks are placed.
 */
export const DaemonSetSchema = z.strictObject({
  name: z.string().min(1).max(255),
  cpu: QuantitySchema,
  memory: QuantitySchema,
});
export type DaemonSet = z.output<typeof DaemonSetSchema>;

/**
 * Default per-node agents when `ec2.daemonSets` is not given (visible assumptions; override them):
 * - log-agent (Fluent Bit): 100m / 100Mi — an assumed typical request, not a published figure.
 * - metrics-agent (CloudWatch agent, Container Insights): 200m / 200Mi, the requests of the
 *   Container Insights cwagent DaemonSet manifest.
 */
export const DEFAULT_DAEMON_SETS: readonly DaemonSet[] = [
  { name: "log-agent", cpu: "100m", memory: "100Mi" },
  { name: "metrics-agent", cpu: "200m", memory: "200Mi" },
];

/**
 * kube-system DaemonSets every EKS node runs whatever the user adds (EKS add-on defaults):
 * aws-node (VPC CNI) requests 25m CPU, kube-proxy 100m CPU; neither requests memory.
 * Both are host-network pods: they need no VPC IP (that is the "+2" of the max-pods formula) but
 * they do fill two of the kubelet's max-pods slots.
 */
export const EKS_SYSTEM_DAEMON_SETS: readonly DaemonSet[] = [
  { name: "aws-node", cpu: "25m", memory: 0 },
  { name: "kube-proxy", cpu: "100m", memory: 0 },
];
