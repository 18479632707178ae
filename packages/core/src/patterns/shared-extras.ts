import type { LineBuilder } from "../lines/line-builder";
import { addLoadBalancerLines } from "../resources/load-balancer";
import { addNatGatewayLines } from "../resources/nat-gateway";
import type { Scenario } from "../scenario/scenario-schema";

/** Lines every pattern pays the same: load balancers and NAT gateways. */
export function addSharedExtraLines(builder: LineBuilder, scenario: Scenario): void {
  addLoadBalancerLines(builder, scenario.extras.loadBalancers);
  addNatGatewayLines(builder, scenario.extras.natGateways);
}
