import type { Message } from "../messages/message";
import type { Decimal } from "../money/decimal";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { NodeGroupDetail } from "./node-group-detail";

/**
 * One homogeneous node group of an EC2 pattern as planned by `planNodeGroups` (plan-node-groups.ts):
 * its instance type, node count and hours, the services packed onto it, and the packing detail.
 */
export type NodePlan = {
  key: string;
  label: string;
  /** The group's label as a code: GROUP_PLATFORM { os, architecture } or GROUP_BATCH { groupService } (line names nest it). */
  labelMessage: Message;
  spec: InstanceSpec;
  nodeCount: number;
  /** Nodes needed to fit the tasks (differs from nodeCount when the user fixed the count). */
  nodesNeeded: number;
  hoursPerNode: Decimal;
  services: string[];
  requestedMillicores: number;
  requestedMemoryBytes: number;
  taskCount: number;
  /** Packing, capacity, utilisation, purchase and runners-up (set by the bin-packing planner). */
  detail?: NodeGroupDetail;
};
