import type { NodePlan } from "../ec2/node-plan";
import { nested } from "../lines/line-names";
import { message } from "../messages/message";
import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal } from "../money/decimal";
import { addDerivedLine } from "../purchase/derived-line";
import type { Ec2PriceModel } from "../purchase/ec2-price-model";
import { usageKeys, type EbsVolumeType } from "../price-book/usage-keys";
import { HOURS_PER_MONTH } from "../units/time";
import { addPublicIpv4Line } from "./public-ipv4";

/**
 * EC2 nodes of one node group: instance-hours, EBS root volumes and per-node public IPv4.
 * Pricing: https://aws.amazon.com/ec2/pricing/on-demand/ (S5), https://aws.amazon.com/ebs/pricing/ (S14),
 * Reserved Instances (S3 m5.large terms): see purchase/reference-rates.ts; Spot: the per-type snapshot (S33) or the S4
 * reference ratio, see purchase/ec2-spot-price.ts.
 * Monthly = nodes × hours × $/instance-hour (under the purchase option; an upfront fee is spread
 * over the term's hours) + nodes × GiB × (hours ÷ 730) × $/GB-month + nodes × IPs × hours × $/IP-hour.
 * Example (us-east-1, S5): 3 × m6i.xlarge × 730 h × $0.192 = $420.48; 3 × 30 GiB gp3 × $0.08 = $7.20.
 * 1-year Standard RI, No Upfront (S3): 1 × m5.large × 730 h × ($0.096 × 0.060/0.096 = $0.06) = $43.80.
 */
export function addNodeGroupLines(
  builder: LineBuilder,
  plan: NodePlan,
  input: {
    prefix: string;
    os: "linux" | "windows";
    rootVolumeGib: number;
    rootVolumeType: EbsVolumeType;
    publicIpv4PerNode: number;
    /** Purchase option of the nodes; omitted = on-demand. */
    priceModel?: Ec2PriceModel;
  },
): void {
  if (plan.nodeCount === 0) return;
  const nodes = new Decimal(plan.nodeCount);
  const nodeHours = nodes.times(plan.hoursPerNode);
  const base = message("DETAIL_EC2_NODE_HOURS", {
    nodes: plan.nodeCount,
    instanceType: plan.spec.instanceType,
    hoursPerNode: fmt(plan.hoursPerNode),
  });
  const id = `${input.prefix}:${plan.key}`;
  const model = input.priceModel;
  const request = {
    id: `${id}:instances`,
    nameMessage: message("LINE_EC2_NODES", { instanceType: plan.spec.instanceType, ...nested("group", plan.labelMessage) }),
    category: "compute" as const,
    usage: usageKeys.ec2InstanceHours(plan.spec.instanceType, input.os),
    quantity: nodeHours,
    detailMessages: [base],
  };
  if (!model || model.basis === "on-demand") {
    builder.add(request);
  } else {
    const type = plan.spec.instanceType;
    const sample = model.price(type, new Decimal(1));
    const onDemandRate = builder.book.rate(builder.region, request.usage);
    const rateBasis = onDemandRate && model.rateBasis ? model.rateBasis(type, new Decimal(onDemandRate.priceUsd)) : undefined;
    const split = sample.upfrontPerNode.isZero() ? [] : [message("DETAIL_EFFECTIVE_RATE_UPFRONT")];
    addDerivedLine(
      builder,
      {
        ...request,
        nameMessage: message("LINE_EC2_NODES_PURCHASE", {
          instanceType: type,
          ...nested("group", plan.labelMessage),
          ...nested("purchase", model.labelMessage),
        }),
        detailMessages: [base, ...split],
      },
      {
        priceUsd: (onDemand) => model.price(type, onDemand).effectiveHourly,
        describe: `${model.label}: ${rateBasis?.describe ?? model.basis}`,
        sourceId: rateBasis?.sourceId ?? model.sourceId,
        isReferenceEstimate: rateBasis?.isReferenceEstimate ?? model.isReferenceEstimate,
      },
    );
  }
  const gbMonths = nodes.times(input.rootVolumeGib).times(plan.hoursPerNode).div(HOURS_PER_MONTH);
  builder.add({
    id: `${id}:root-volumes`,
    nameMessage: message("LINE_EBS_ROOT_VOLUMES", { volumeType: input.rootVolumeType, ...nested("group", plan.labelMessage) }),
    category: "storage",
    usage: usageKeys.ebsGbMonths(input.rootVolumeType),
    quantity: gbMonths,
    detailMessages: [
      message("DETAIL_ROOT_VOLUMES", { nodes: plan.nodeCount, rootVolumeGib: input.rootVolumeGib, hoursPerNode: fmt(plan.hoursPerNode) }),
    ],
  });
  if (input.publicIpv4PerNode > 0) {
    addPublicIpv4Line(builder, {
      id: `${id}:public-ipv4`,
      nameMessage: message("LINE_NODE_PUBLIC_IPV4", nested("group", plan.labelMessage)),
      addresses: nodes.times(input.publicIpv4PerNode),
      hoursPerMonth: plan.hoursPerNode,
      detailMessages: [message("DETAIL_NODE_IPS", { nodes: plan.nodeCount, ipsPerNode: input.publicIpv4PerNode })],
    });
  }
}
