import { describe, expect, it } from "vitest";
import type { Product } from "../price-list/price-list-entry";
import { ALL_QUERIES } from "./all-queries";
import { regionalUsageType } from "./price-query";

const product = (attributes: Record<string, string>, productFamily?: string): Product => ({
  sku: "SKU",
  attributes: { locationType: "AWS Region", ...attributes },
  ...(productFamily ? { productFamily } : {}),
});
/** The usage key the first query claiming the product gives it (as the offer-file path does). */
const usageOf = (p: Product) => ALL_QUERIES.map((q) => q.classify(p)?.usage).find(Boolean);

describe("query classifiers", () => {
  it.each<{ label: string; attrs: Record<string, string>; usage: string | undefined }>([
    // usage types as AWS names them (S1/S2 ECS rows, S6 EKS, S3 EC2, eks_rates.csv / ec2_ebs_elb_vpc_rates_selected.csv notes)
    {
      label: "Fargate x86 vCPU, eu-west-1 prefix 'EU'",
      attrs: { usagetype: "EU-Fargate-vCPU-Hours:perCPU" },
      usage: "fargate/on-demand/linux-x86/vcpu-hours",
    },
    { label: "Fargate ARM GB", attrs: { usagetype: "APN1-Fargate-ARM-GB-Hours" }, usage: "fargate/on-demand/linux-arm/gb-hours" },
    {
      label: "Fargate Windows OS licence",
      attrs: { usagetype: "USE1-Fargate-Windows-OS-Hours:perCPU" },
      usage: "fargate/on-demand/windows-x86/os-license-vcpu-hours",
    },
    {
      label: "Fargate ephemeral storage",
      attrs: { usagetype: "USE1-Fargate-EphemeralStorage-GB-Hours" },
      usage: "fargate/on-demand/ephemeral-storage/gb-hours",
    },
    { label: "ECS-EC2 metering SKU ($0) is not a Fargate rate", attrs: { usagetype: "USE1-ECS-EC2-vCPU-Hours" }, usage: undefined },
    { label: "ECS Anywhere is not priced", attrs: { usagetype: "USE1-ECS-Anywhere-Instance-hours" }, usage: undefined },
    { label: "EKS standard support", attrs: { usagetype: "APS2-AmazonEKS-Hours:perCluster" }, usage: "eks/cluster-hours/standard" },
    {
      label: "EKS extended support surcharge",
      attrs: { usagetype: "USE1-AmazonEKS-Hours:extendedSupport" },
      usage: "eks/cluster-hours/extended-support-surcharge",
    },
    {
      label: "EKS on Outposts (location type) is excluded",
      attrs: { usagetype: "USE1-AmazonEKS-Hours:perCluster", locationType: "AWS Outposts" },
      usage: undefined,
    },
    {
      label: "EKS SKU mentioning Outposts in any attribute is excluded",
      attrs: { usagetype: "USE1-AmazonEKS-Hours:perCluster", operation: "CreateOutpostCluster" },
      usage: undefined,
    },
    {
      label: "EC2 on-demand, us-east-1 has no prefix",
      attrs: { usagetype: "BoxUsage:m5.large", instanceType: "m5.large", operation: "RunInstances" },
      usage: "ec2/on-demand/linux/m5.large",
    },
    {
      label: "EC2 Windows (RunInstances:0002) is not a Linux rate",
      attrs: { usagetype: "BoxUsage:m5.large", instanceType: "m5.large", operation: "RunInstances:0002" },
      usage: undefined,
    },
    {
      label: "EC2 Capacity Block SKU is not the on-demand price",
      attrs: { usagetype: "BoxUsage:p4d.24xlarge", instanceType: "p4d.24xlarge", operation: "RunInstances", marketoption: "CapacityBlock" },
      usage: undefined,
    },
    {
      label: "EC2 with marketoption OnDemand",
      attrs: { usagetype: "BoxUsage:p4d.24xlarge", instanceType: "p4d.24xlarge", operation: "RunInstances", marketoption: "OnDemand" },
      usage: "ec2/on-demand/linux/p4d.24xlarge",
    },
    {
      label: "EC2 in a Local Zone is not the region's price",
      attrs: { usagetype: "USE1-BOS1-BoxUsage:m5.large", instanceType: "m5.large", operation: "RunInstances" },
      usage: undefined,
    },
    { label: "EBS gp3", attrs: { usagetype: "EUW1-EBS:VolumeUsage.gp3" }, usage: "ebs/gp3/gb-months" },
    { label: "ALB hours", attrs: { usagetype: "EU-LoadBalancerUsage" }, usage: "elb/alb/hours" },
    { label: "ALB LCU", attrs: { usagetype: "LCUUsage" }, usage: "elb/alb/lcu-hours" },
    { label: "NAT gateway GB processed", attrs: { usagetype: "APS3-NatGateway-Bytes" }, usage: "vpc/nat-gateway/gb-processed" },
    { label: "public IPv4 in use", attrs: { usagetype: "USE1-PublicIPv4:InUseAddress" }, usage: "vpc/public-ipv4/hours" },
    { label: "idle public IPv4 is a different rate", attrs: { usagetype: "USE1-PublicIPv4:IdleAddress" }, usage: undefined },
  ])("$label → $usage", ({ attrs, usage }) => {
    expect(usageOf(product(attrs))).toBe(usage);
  });

  it.each([
    { usageType: "USE1-SpotUsage-Fargate-vCPU-Hours:perCPU", matches: false },
    { usageType: "Fargate-vCPU-Hours:perCPU", matches: true },
    { usageType: "UGW1-Fargate-vCPU-Hours:perCPU", matches: true },
  ])("regionalUsageType: $usageType → $matches", ({ usageType, matches }) => {
    expect(regionalUsageType("Fargate-vCPU-Hours:perCPU").test(usageType)).toBe(matches);
  });
});
