import type { NodePlan } from "../ec2/node-plan";
import type { LineBuilder } from "../lines/line-builder";
import { message, type Message } from "../messages/message";
import { addLoadBalancerLines } from "../resources/load-balancer";
import { addNatGatewayLines } from "../resources/nat-gateway";
import { natGbAvoided } from "../resources/vpc-endpoints";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import type { PatternRef } from "./pattern";
import { memoisedBlock, type SharedLinesMemo } from "./shared-lines-memo";
import { addWholeBillLines } from "./whole-bill";

/** What the shared lines need to know about the pattern: its descriptor (orchestrator, data plane), services, node groups. */
export type SharedLinesContext = {
  pattern: PatternRef;
  services: readonly ResolvedService[];
  nodePlans?: readonly NodePlan[];
  /** A scaled run of the analysis: the task-count-free blocks are added from here (shared-lines-memo.ts). */
  memo?: SharedLinesMemo;
};

/**
 * Lines every pattern pays (load balancers, NAT gateways), the usage-based and pattern-aware lines of the
 * whole bill (whole-bill.ts) and, last, the AWS Support plan over all of them. Call after every other line.
 * Returns notes for the pattern.
 */
export function addSharedExtraLines(builder: LineBuilder, scenario: Scenario, context: SharedLinesContext): Message[] {
  const { extras, network } = scenario;
  const notes = memoisedBlock(builder, context.memo, "load-balancers-nat", () => {
    addLoadBalancerLines(builder, extras.loadBalancers, network.availabilityZones);
    const avoided = natGbAvoided(network.interfaceEndpoints, extras.natGateways?.monthlyDataProcessedGb ?? 0);
    addNatGatewayLines(builder, extras.natGateways, avoided);
    return avoided > 0 ? [message("NOTE_NAT_AVOIDED_BY_ENDPOINTS", { gb: avoided })] : [];
  });
  return [...notes, ...addWholeBillLines(builder, scenario, context)];
}
