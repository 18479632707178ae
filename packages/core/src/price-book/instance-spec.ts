import { z } from "zod";
import { DecimalStringSchema } from "./rate";

/**
 * Hardware facts of an EC2 instance type (not prices): what a node offers to tasks and pods.
 * `eksMaxPods` is the VPC CNI's ENI-based default (no prefix delegation).
 */
export const InstanceSpecSchema = z.object({
  instanceType: z.string().min(1),
  vcpu: z.number().int().positive(),
  memoryGib: DecimalStringSchema,
  architecture: z.enum(["x86_64", "arm64"]),
  gpuCount: z.number().int().min(0),
  maxEnis: z.number().int().min(0),
  ipv4PerEni: z.number().int().min(0),
  eksMaxPods: z.number().int().min(0),
  sourceId: z.string(),
});
export type InstanceSpec = z.infer<typeof InstanceSpecSchema>;
