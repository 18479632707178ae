import type { Scenario } from "../scenario/scenario-schema";

/**
 * Services with EBS-backed persistent volumes (kind gp3 / gp2): EKS on Fargate cannot run them.
 * - EKS: "You can't mount Amazon EBS volumes to Fargate Pods." (Use Amazon EBS storage,
 *   https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html); Fargate pods mount EFS instead
 *   (Store an elastic file system with Amazon EFS, https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html).
 *   So the pattern is ruled out, not flagged: the claim would stay Pending.
 * - ECS on Fargate attaches one EBS volume per task configured at launch (Use Amazon EBS volumes with Amazon ECS,
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html: Fargate and EC2 tasks), and
 *   EFS volumes: no constraint.
 * Example: a StatefulSet with a 10 GiB gp3 volumeClaimTemplate rules EKS on Fargate out; an EFS-only service does not.
 */
export function servicesWithEbsVolumes(scenario: Scenario): string[] {
  return scenario.services.filter((s) => (s.persistentVolumes ?? []).some((v) => v.kind !== "efs")).map((s) => s.name);
}
