import { eksQuery } from "./eks";
import { ec2InstancesQuery } from "./ec2-instances";
import { fargateQuery } from "./fargate";
import type { PriceQuery } from "./price-query";
import { albQuery, ebsQuery, natGatewayQuery, publicIpv4Query } from "./shared-extras";

/** Every query a refresh runs per region: all rates the core's usage keys name (Spot: see spot feed). */
export const ALL_QUERIES: readonly PriceQuery[] = [
  fargateQuery,
  eksQuery,
  ec2InstancesQuery,
  ebsQuery("gp3"),
  ebsQuery("gp2"),
  albQuery,
  natGatewayQuery,
  publicIpv4Query,
];
