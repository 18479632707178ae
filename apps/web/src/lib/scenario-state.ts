import type { ServiceRow } from "./service-row";

/**
 * The scenario inputs of the form, as typed (strings). Written out here (not inferred) because the
 * presets define the URL defaults; search-params.ts checks at compile time that its parsers produce
 * exactly this shape.
 */
export type ScenarioState = {
  region: string;
  services: ServiceRow[];
  albCount: string;
  albLcuPerHour: string;
  natCount: string;
  natMonthlyGb: string;
  eksClusterCount: string;
  eksSupportTier: string;
  instanceType: string;
  nodeCount: string;
  rootVolumeGib: string;
  purchaseOption: string;
  opsRateUsdPerHour: string;
  /** Four hours figures joined by ";": ECS Fargate; ECS EC2; EKS Fargate; EKS EC2. */
  opsHoursPerMonth: string;
  jpyPerUsd: string;
};
