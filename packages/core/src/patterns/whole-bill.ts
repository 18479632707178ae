import type { LineBuilder } from "../lines/line-builder";
import { message, type Message } from "../messages/message";
import { addSupportLines } from "../resources/aws-support";
import { addCloudWatchLogLines } from "../resources/cloudwatch-logs";
import { addContainerInsightsLines } from "../resources/container-insights";
import { addCrossAzLines } from "../resources/cross-az-traffic";
import { addGp3PerformanceLines } from "../resources/ebs-performance";
import { addIo2IopsLines } from "../resources/ebs-io2";
import { addEbsSnapshotLine } from "../resources/ebs-snapshots";
import { addEcrStorageLine } from "../resources/ecr-storage";
import { addInternetEgressLines, addInterRegionEgressLines } from "../resources/internet-egress";
import { addNetworkLoadBalancerLines } from "../resources/network-load-balancer";
import { addPersistentVolumeLines } from "../resources/persistent-volumes";
import { addInterfaceEndpointLines } from "../resources/vpc-endpoints";
import type { Scenario } from "../scenario/scenario-schema";
import type { SharedLinesContext } from "./shared-extras";
import { memoisedBlock } from "./shared-lines-memo";

/**
 * The rest of the bill (issue 15): data transfer, cross-AZ traffic, logs, Container Insights, interface
 * endpoints, NLBs, ECR, EBS snapshots, services' persistent volumes (EBS/EFS), gp3 extras and io2 IOPS on EC2 nodes — then the AWS Support plan over all AWS lines.
 * Usage-driven lines with zero usage add nothing (the result's `notEstimated` lists them). Returns notes.
 */
export function addWholeBillLines(builder: LineBuilder, scenario: Scenario, context: SharedLinesContext): Message[] {
  const notes: Message[] = [];
  const { network } = scenario;
  const services = scenario.services;
  // No line of these two blocks reads a task count: a scaled run of the analysis adds them from its memo.
  memoisedBlock(builder, context.memo, "transfer-logs", () => {
    addInternetEgressLines(builder, services, network.internetEgressFreeAllowanceGb);
    addInterRegionEgressLines(builder, services);
    addCrossAzLines(builder, services, network.availabilityZones, network.crossAzShare);
    for (const service of services) addCloudWatchLogLines(builder, service);
    return [];
  });
  if (scenario.observability.containerInsights === "enhanced") {
    const { orchestrator, dataPlane } = context.pattern;
    const clusterCount = orchestrator === "eks" ? scenario.eks.clusterCount : 1;
    notes.push(...addContainerInsightsLines(builder, context.services, { orchestrator, dataPlane, clusterCount }));
  }
  memoisedBlock(builder, context.memo, "endpoints-registry-snapshots", () => {
    addInterfaceEndpointLines(builder, network.interfaceEndpoints, network.availabilityZones);
    addNetworkLoadBalancerLines(builder, network.networkLoadBalancers, network.availabilityZones);
    addEcrStorageLine(builder, scenario.storage.ecrStorageGb);
    addEbsSnapshotLine(builder, scenario.storage.ebsSnapshotGb);
    return [];
  });
  notes.push(...addPersistentVolumeLines(builder, services, context.services));
  if (scenario.ec2.rootVolumeType === "gp3") {
    for (const plan of context.nodePlans ?? []) {
      addGp3PerformanceLines(builder, plan, {
        prefix: `${context.pattern.orchestrator}-ec2`,
        iops: scenario.ec2.rootVolumeIops,
        throughputMibps: scenario.ec2.rootVolumeThroughputMibps,
      });
    }
  }
  if (scenario.ec2.rootVolumeType === "io2") {
    for (const plan of context.nodePlans ?? []) {
      addIo2IopsLines(builder, plan, { prefix: `${context.pattern.orchestrator}-ec2`, iops: scenario.ec2.rootVolumeIops });
    }
  }
  if (scenario.support.plan !== "none") {
    addSupportLines(builder, scenario.support.plan);
    if (builder.missing.length > 0) notes.push(message("NOTE_SUPPORT_LOWER_BOUND"));
  }
  return notes;
}
