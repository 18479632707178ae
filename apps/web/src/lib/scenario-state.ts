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
  /** scenario.eks.controlPlaneTier: "standard" (no Provisioned Control Plane tier) | xl | 2xl | 4xl | 8xl. */
  eksControlPlaneTier: string;
  instanceType: string;
  nodeCount: string;
  rootVolumeGib: string;
  /** EC2 nodes: scenario.ec2.headroomPercent, availabilityZones, minNodes. */
  headroomPercent: string;
  availabilityZones: string;
  minNodes: string;
  /** scenario.purchase.ec2: option, term (1|3), payment. */
  purchaseOption: string;
  ec2TermYears: string;
  ec2Payment: string;
  /** scenario.purchase.fargate.ecs / .eks option; term and payment shared by both. */
  fargateEcsOption: string;
  fargateEksOption: string;
  fargateTermYears: string;
  fargatePayment: string;
  /** scenario.ops: band, rate (empty = the band's sourced rate), environments, upgrade policy, joiners. */
  opsLevel: string;
  opsRateUsdPerHour: string;
  opsEnvironments: string;
  opsUpgradePolicy: string;
  opsEngineersPerYear: string;
  /** scenario.ops.hours overrides: see ops-hours.ts (pattern × recurring activity, ";"-joined, empty = default). */
  opsActivityHours: string;
  /** scenario.ops.workload: "yes"/"no" and the Spot need (none|preferred|required). */
  workloadDaemonSets: string;
  workloadPrivileged: string;
  workloadSpot: string;
  /** The whole bill (issue 15): scenario.network.interfaceEndpoints / networkLoadBalancers, observability, storage, support. */
  endpointCount: string;
  endpointMonthlyGb: string;
  nlbCount: string;
  nlbNlcuPerHour: string;
  containerInsights: string;
  ecrStorageGb: string;
  ebsSnapshotGb: string;
  supportPlan: string;
  jpyPerUsd: string;
  /** scenario.reporting.currency: "USD" | "JPY"; empty = the locale's default (ja → JPY, see locale-defaults.ts). */
  currency: string;
  /** scenario.ops.labourMarket: "us" | "jp"; empty = the locale's default (ja → jp, shown as suggested). */
  labourMarket: string;
  /** scenario.reporting.consumptionTax: "yes" | "no" (empty = no). */
  consumptionTax: string;
};
