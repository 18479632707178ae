import { ScenarioSchema } from "@repo/core";
import type { ScenarioState } from "./scenario-state";

/**
 * The core's scenario schema, parsed from the smallest scenario it accepts: every field the form
 * starts from comes from the schema's own `.default(…)`s, so the web never restates a default
 * (a changed default in the core changes the form). The region and the service are only there to
 * make the scenario valid; their values are not defaults (the schema has none for them).
 */
const SCHEMA = ScenarioSchema.parse({
  region: "us-east-1",
  services: [{ name: "schema-defaults", taskCount: 1, vcpu: 1, memoryGib: 2 }],
  extras: { loadBalancers: { count: 0 }, natGateways: { count: 0 } },
});
const SERVICE = SCHEMA.services[0];
if (!SERVICE) throw new Error("the scenario schema dropped its only service");

const text = (value: number | string) => String(value);

/** A new service row's architecture and OS: the schema's defaults. */
export const SERVICE_DEFAULTS = { arch: SERVICE.architecture, os: SERVICE.os } as const;

/**
 * The form fields with a schema default, as the text the form shows. Fields the schema leaves
 * unset (instance type, node count, engineer rate, environments, upgrade policy: the core derives
 * them) start empty, meaning "the core decides".
 */
export const FORM_DEFAULTS = {
  eksClusterCount: text(SCHEMA.eks.clusterCount),
  eksSupportTier: SCHEMA.eks.supportTier,
  eksControlPlaneTier: SCHEMA.eks.controlPlaneTier,
  instanceType: "",
  nodeCount: "",
  rootVolumeGib: text(SCHEMA.ec2.rootVolumeGib),
  headroomPercent: text(SCHEMA.ec2.headroomPercent),
  availabilityZones: text(SCHEMA.ec2.availabilityZones),
  minNodes: text(SCHEMA.ec2.minNodes),
  purchaseOption: SCHEMA.purchase.ec2.option,
  ec2TermYears: text(SCHEMA.purchase.ec2.termYears),
  ec2Payment: SCHEMA.purchase.ec2.payment,
  fargateEcsOption: SCHEMA.purchase.fargate.ecs.option,
  fargateEksOption: SCHEMA.purchase.fargate.eks.option,
  fargateTermYears: text(SCHEMA.purchase.fargate.ecs.termYears),
  fargatePayment: SCHEMA.purchase.fargate.ecs.payment,
  opsLevel: SCHEMA.ops.level,
  opsRateUsdPerHour: "",
  opsEnvironments: "",
  opsUpgradePolicy: "",
  opsEngineersPerYear: text(SCHEMA.ops.engineersJoiningPerYear),
  opsActivityHours: "",
  endpointCount: "",
  endpointMonthlyGb: "",
  nlbCount: "",
  nlbNlcuPerHour: "",
  containerInsights: SCHEMA.observability.containerInsights,
  ecrStorageGb: "",
  ebsSnapshotGb: "",
  supportPlan: SCHEMA.support.plan,
  workloadDaemonSets: SCHEMA.ops.workload.daemonSets ? "yes" : "no",
  workloadPrivileged: SCHEMA.ops.workload.privileged ? "yes" : "no",
  workloadSpot: SCHEMA.ops.workload.spot,
} satisfies Partial<ScenarioState>;
